"""Shared lexicons: countries, demonyms, international bodies, honorifics.

Rules as data: these are facts about the language of diplomacy, not about any
release. Stages import from here; no stage keeps its own country list.
"""

# fmt: off
# (the tables are laid out by hand, several entries a line)

from __future__ import annotations

# Country names as releases print them (long and short forms). The value is the
# short form that ``organization`` reports when the text uses a demonym.
COUNTRIES: tuple[str, ...] = (
    "Afghanistan", "Albania", "Algeria", "Angola", "Argentina", "Armenia", "Australia",
    "Austria", "Azerbaijan", "Bahrain", "Bangladesh", "Belarus", "Belgium", "Bhutan",
    "Bolivia", "Bosnia and Herzegovina", "Botswana", "Brazil", "Brunei", "Brunei Darussalam",
    "Bulgaria", "Cambodia", "Cameroon", "Canada", "Chile", "China", "Colombia", "Croatia",
    "Cuba", "Cyprus", "Czech Republic", "Czechia", "Denmark", "Djibouti", "Ecuador", "Egypt",
    "Estonia", "Ethiopia", "Fiji", "Finland", "France", "Georgia", "Germany", "Ghana",
    "Greece", "Hungary", "Iceland", "India", "Indonesia", "Iran", "Iraq", "Ireland", "Israel",
    "Italy", "Jamaica", "Japan", "Jordan", "Kazakhstan", "Kenya", "Kuwait", "Kyrgyzstan",
    "Lao PDR", "Laos", "Latvia", "Lebanon", "Libya", "Lithuania", "Luxembourg", "Madagascar",
    "Malaysia", "Maldives", "Mali", "Malta", "Mexico", "Moldova", "Mongolia", "Montenegro",
    "Morocco", "Mozambique", "Myanmar", "Namibia", "Nepal", "the Netherlands", "Netherlands",
    "New Zealand", "Nigeria", "North Korea", "North Macedonia", "Norway", "Oman", "Pakistan",
    "Palau", "Palestine", "Panama", "Papua New Guinea", "Paraguay", "Peru", "the Philippines",
    "Philippines", "Poland", "Portugal", "Qatar", "Romania", "Russia", "Rwanda",
    "Saudi Arabia", "Senegal", "Serbia", "Singapore", "Slovakia", "Slovenia", "South Africa",
    "South Korea", "Korea", "Spain", "Sri Lanka", "Sudan", "Sweden", "Switzerland", "Syria",
    "Taiwan", "Tajikistan", "Tanzania", "Thailand", "Timor-Leste", "Tunisia", "Turkey",
    "Türkiye", "Turkiye", "Turkmenistan", "Uganda", "Ukraine", "United Arab Emirates", "UAE",
    "United Kingdom", "UK", "U.K.", "United States", "United States of America", "U.S.",
    "US", "USA", "Uruguay", "Uzbekistan", "Venezuela", "Viet Nam", "Vietnam", "Yemen",
    "Zambia", "Zimbabwe", "Republic of Korea", "ROK", "People's Republic of China", "PRC",
    "Russian Federation", "Democratic People's Republic of Korea", "DPRK",
    "Socialist Republic of Viet Nam", "Republic of Indonesia", "Republic of India",
    "Republic of the Philippines", "Federal Republic of Germany", "French Republic",
    "Republic of Turkey", "Republic of Türkiye", "Kingdom of Saudi Arabia", "Kingdom of Thailand",
    "Commonwealth of Australia", "Islamic Republic of Iran", "Republic of Singapore",
    "Kingdom of Cambodia", "Great Britain", "Britain", "Holy See", "Vatican",
    "Swiss Confederation",
)

# Demonym -> country, for "Indian External Affairs Minister", "his Japanese counterpart".
DEMONYMS: dict[str, str] = {
    "Afghan": "Afghanistan", "Albanian": "Albania", "Algerian": "Algeria",
    "American": "United States", "Argentine": "Argentina", "Argentinian": "Argentina",
    "Armenian": "Armenia", "Australian": "Australia", "Austrian": "Austria",
    "Azerbaijani": "Azerbaijan", "Bahraini": "Bahrain", "Bangladeshi": "Bangladesh",
    "Belgian": "Belgium", "Bhutanese": "Bhutan", "Brazilian": "Brazil", "British": "United Kingdom",
    "Bruneian": "Brunei", "Bulgarian": "Bulgaria", "Cambodian": "Cambodia",
    "Canadian": "Canada", "Chilean": "Chile", "Chinese": "China", "Colombian": "Colombia",
    "Croatian": "Croatia", "Cuban": "Cuba", "Cypriot": "Cyprus", "Czech": "Czech Republic",
    "Danish": "Denmark", "Dutch": "Netherlands", "Egyptian": "Egypt",
    "Emirati": "United Arab Emirates",
    "Estonian": "Estonia", "Ethiopian": "Ethiopia", "Fijian": "Fiji", "Filipino": "Philippines",
    "Finnish": "Finland", "French": "France", "Georgian": "Georgia", "German": "Germany",
    "Ghanaian": "Ghana", "Greek": "Greece", "Hungarian": "Hungary", "Icelandic": "Iceland",
    "Indian": "India", "Indonesian": "Indonesia", "Iranian": "Iran", "Iraqi": "Iraq",
    "Irish": "Ireland", "Israeli": "Israel", "Italian": "Italy", "Jamaican": "Jamaica",
    "Japanese": "Japan", "Jordanian": "Jordan", "Kazakh": "Kazakhstan", "Kenyan": "Kenya",
    "Korean": "Korea", "South Korean": "Republic of Korea", "North Korean": "North Korea",
    "Kuwaiti": "Kuwait", "Lao": "Laos", "Laotian": "Laos", "Latvian": "Latvia",
    "Lebanese": "Lebanon", "Libyan": "Libya", "Lithuanian": "Lithuania", "Malaysian": "Malaysia",
    "Maldivian": "Maldives", "Maltese": "Malta", "Mexican": "Mexico", "Moldovan": "Moldova",
    "Mongolian": "Mongolia", "Moroccan": "Morocco", "Myanmar": "Myanmar", "Nepalese": "Nepal",
    "Nepali": "Nepal", "New Zealand": "New Zealand", "Nigerian": "Nigeria",
    "Norwegian": "Norway", "Omani": "Oman", "Pakistani": "Pakistan", "Palestinian": "Palestine",
    "Panamanian": "Panama", "Peruvian": "Peru", "Philippine": "Philippines", "Polish": "Poland",
    "Portuguese": "Portugal", "Qatari": "Qatar", "Romanian": "Romania", "Russian": "Russia",
    "Rwandan": "Rwanda", "Saudi": "Saudi Arabia", "Senegalese": "Senegal", "Serbian": "Serbia",
    "Singaporean": "Singapore", "Singapore": "Singapore", "Slovak": "Slovakia",
    "Slovenian": "Slovenia", "South African": "South Africa", "Spanish": "Spain",
    "Sri Lankan": "Sri Lanka", "Swedish": "Sweden", "Swiss": "Switzerland", "Syrian": "Syria",
    "Taiwanese": "Taiwan", "Thai": "Thailand", "Tunisian": "Tunisia", "Turkish": "Turkey",
    # the spelling without the diaeresis, as US and UK releases print it
    "Turkiye": "Turkey",
    "Ugandan": "Uganda", "Ukrainian": "Ukraine", "U.S.": "United States", "US": "United States",
    "UK": "United Kingdom", "Uzbek": "Uzbekistan", "Venezuelan": "Venezuela",
    "Vietnamese": "Viet Nam", "Yemeni": "Yemen", "Zambian": "Zambia", "Zimbabwean": "Zimbabwe",
}

# International bodies: the form a release prints -> the short form ``organization`` reports.
BODIES: dict[str, str] = {
    "ASEAN": "ASEAN", "Association of Southeast Asian Nations": "ASEAN",
    "United Nations": "United Nations", "UN": "United Nations", "U.N.": "United Nations",
    "European Union": "European Union", "EU": "European Union",
    "European Commission": "European Commission", "NATO": "NATO",
    "African Union": "African Union", "AU": "African Union", "OECD": "OECD",
    "World Health Organization": "WHO", "WHO": "WHO", "World Bank": "World Bank",
    "International Monetary Fund": "IMF", "IMF": "IMF", "World Trade Organization": "WTO",
    "WTO": "WTO", "IAEA": "IAEA", "International Atomic Energy Agency": "IAEA",
    "OSCE": "OSCE", "Council of Europe": "Council of Europe", "UNESCO": "UNESCO",
    "UNICEF": "UNICEF", "UNHCR": "UNHCR", "Pacific Islands Forum": "Pacific Islands Forum",
    "Gulf Cooperation Council": "GCC", "GCC": "GCC", "APEC": "APEC", "SAARC": "SAARC",
    "Commonwealth": "Commonwealth", "Arab League": "Arab League",
    "League of Arab States": "Arab League",
    "Asian Development Bank": "Asian Development Bank", "ADB": "Asian Development Bank",
    "European Council": "European Council",
}

# Honorifics and styles that precede a name; longest first when matching.
HONORIFICS: tuple[str, ...] = (
    "His Excellency", "Her Excellency", "H.E.", "HE", "His Majesty", "Her Majesty",
    "His Royal Highness", "Her Royal Highness", "HRH", "His Highness", "Her Highness",
    "the Rt. Hon.", "the Rt Hon", "The Rt Hon", "The Rt. Hon.", "Rt. Hon.", "Rt Hon",
    "the Right Honourable", "The Right Honourable", "the Honourable", "the Honorable",
    "The Honourable", "The Honorable", "the Hon.", "The Hon.", "Hon.", "Senator the Hon.",
    "Honorable", "Honourable", "Mr.", "Mr", "Mrs.", "Mrs", "Ms.", "Ms", "Miss", "Dr.", "Dr",
    "Prof.", "Prof", "Professor", "Sir", "Dame", "Lord", "Lady", "Madam", "Mme", "Mme.",
    "Dato'", "Dato", "Datuk", "Dato Paduka", "Dato Seri", "Datuk Seri", "Tan Sri", "Tun",
    "Sheikh", "Shaikh", "Haji", "Pehin", "Excellency", "Ambassador", "General", "Admiral",
    # India (MEA): "Prime Minister Shri Narendra Modi", "Smt. Meenakashi Lekhi"
    "Shri", "Smt.", "Smt", "Sushri", "Mx.", "Senator the Hon", "the Hon", "The Hon",
    # Malaysia, Brunei: the Malay styles written with "Seri"/"Sri"
    "Dato' Seri", "Dato' Sri", "Datuk Sri", "Dato Sri", "Dato' Paduka",
    # Malaysia: the styles of members of parliament and ministers ("YB" Yang Berhormat,
    # "YAB" Yang Amat Berhormat for the Prime Minister, "YBhg" Yang Berbahagia) and the
    # federal titles, as releases print them in capitals ("YB DATO' SRI <NAME>")
    "YB", "YAB", "YBhg", "YBHG", "Yang Berhormat", "Yang Amat Berhormat", "Yang Berbahagia",
    "Datin", "Datin Seri", "Puan Sri", "Toh Puan", "Datuk Wira", "Dato' Wira",
    "TAN SRI", "PUAN SRI", "TUN", "TOH PUAN", "DATUK", "DATUK SERI", "DATUK SRI", "DATO'",
    "DATO", "DATO' SRI", "DATO' SERI", "DATO SRI", "DATO SERI", "DATIN", "DATIN SERI",
    # New Zealand, Australia, UK: a minister's byline in capitals ("RT HON <NAME>")
    "RT HON", "RT. HON.", "THE RT HON", "THE RT. HON.", "HON", "HON.", "THE HON", "THE HON.",
)


# Short forms the organization field reports for common variants.
ORG_CANON: dict[str, str] = {
    "U.S.": "United States", "US": "United States", "USA": "United States",
    "United States of America": "United States", "UK": "United Kingdom",
    "U.K.": "United Kingdom", "Britain": "United Kingdom", "Great Britain": "United Kingdom",
    "PRC": "China", "People's Republic of China": "China", "ROK": "Republic of Korea",
    "Republic of Korea": "Republic of Korea", "French Republic": "France",
    "Italian Republic": "Italy", "Portuguese Republic": "Portugal", "Hellenic Republic": "Greece",
    "Korea": "Republic of Korea", "South Korea": "Republic of Korea",
    "DPRK": "North Korea", "Democratic People's Republic of Korea": "North Korea",
    "Russian Federation": "Russia", "Vietnam": "Viet Nam", "the Philippines": "Philippines",
    "the Netherlands": "Netherlands", "Türkiye": "Turkey", "Lao PDR": "Laos",
    "Czechia": "Czech Republic", "UAE": "United Arab Emirates",
    "Swiss Confederation": "Switzerland",
}

def country_of(word: str) -> str | None:
    """The country a country name or demonym denotes, else None (case-sensitive, as printed)."""
    if word in DEMONYMS:
        return DEMONYMS[word]
    if word in _COUNTRY_SET:
        return word
    return None


_COUNTRY_SET = frozenset(COUNTRIES)

# Capitals and other cities where diplomatic meetings are held. spaCy's small model
# often tags a less familiar city as an organization or a person ("meeting in Dushanbe");
# a place named here is a place whatever the tagger says.
CITIES: tuple[str, ...] = (
    "Abu Dhabi", "Abuja", "Accra", "Addis Ababa", "Algiers", "Amman", "Amsterdam", "Ankara",
    "Antananarivo", "Apia", "Ashgabat", "Asmara", "Astana", "Asuncion", "Asunción", "Athens",
    "Auckland", "Baghdad", "Baku", "Bamako", "Bandar Seri Begawan", "Bangkok", "Bangui",
    "Banjul", "Beijing", "Beirut", "Belgrade", "Berlin", "Bern", "Bishkek", "Bogota", "Bogotá",
    "Brasilia", "Brasília", "Bratislava", "Brazzaville", "Brussels", "Bucharest", "Budapest",
    "Buenos Aires", "Cairo", "Canberra", "Caracas", "Castries", "Chisinau", "Colombo",
    "Conakry", "Copenhagen", "Dakar", "Damascus", "Davos", "Dhaka", "Dili", "Djibouti", "Doha",
    "Dodoma", "Dubai", "Dublin", "Dushanbe", "Freetown", "Funafuti", "Gaborone", "Geneva",
    "Georgetown", "Guatemala City", "Hanoi", "Harare", "Havana", "Helsinki", "Hiroshima",
    "The Hague",
    "Honiara", "Islamabad", "Istanbul", "Jakarta", "Jeddah", "Jerusalem", "Juba", "Kabul",
    "Kampala", "Kathmandu", "Khartoum", "Kigali", "Kingston", "Kinshasa", "Kuala Lumpur",
    "Kuwait City", "Kyiv", "Kiev", "La Paz", "Libreville", "Lilongwe", "Lima", "Lisbon",
    "Ljubljana", "Lome", "Lomé", "London", "Luanda", "Lusaka", "Luxembourg", "Madrid",
    "Majuro", "Malabo", "Male", "Malé", "Managua", "Manama", "Manila", "Maputo", "Maseru",
    "Mexico City", "Minsk", "Mogadishu", "Monrovia", "Montevideo", "Moroni", "Moscow",
    "Munich", "Muscat", "Nairobi", "Nassau", "Naypyidaw", "Nay Pyi Taw", "N'Djamena",
    "New Delhi", "New York", "Niamey", "Nicosia", "Nouakchott", "Nuku'alofa", "Nur-Sultan",
    "Osaka", "Oslo", "Ottawa", "Ouagadougou", "Palikir", "Panama City", "Paramaribo", "Paris",
    "Phnom Penh", "Podgorica", "Port Louis", "Port Moresby", "Port of Spain", "Port Vila",
    "Porto-Novo", "Prague", "Praia", "Pretoria", "Putrajaya", "Pyongyang", "Quito", "Rabat",
    "Reykjavik", "Riga", "Riyadh", "Rome", "Roseau", "San Jose", "San José", "San Salvador",
    "Sanaa", "Santiago", "Santo Domingo", "Sao Tome", "Sarajevo", "Seoul", "Singapore",
    "Skopje", "Sofia", "Stockholm", "Suva", "Taipei", "Tallinn", "Tarawa", "Tashkent",
    "Tbilisi", "Tegucigalpa", "Tehran", "Thimphu", "Tirana", "Tokyo", "Tripoli", "Tunis",
    "Ulaanbaatar", "Vaduz", "Valletta", "Victoria", "Vienna", "Vientiane", "Vilnius",
    "Warsaw", "Washington", "Wellington", "Windhoek", "Yamoussoukro", "Yaounde", "Yaoundé",
    "Yerevan", "Zagreb",
    # Vietnamese spellings printed by Viet Nam's own sites ("VGP - Hà Nội, April 15 -")
    "Hà Nội", "Ha Noi", "Ho Chi Minh City", "Thành phố Hồ Chí Minh", "Da Nang", "Đà Nẵng",
)


# National capitals -> their state, for a dateline ("ISLAMABAD, JUL 14 –", "MANILA –"): a
# ministry's release is issued from its own capital (who._dateline_org holds the guards).
CAPITALS: dict[str, str] = {
    "Abu Dhabi": "United Arab Emirates", "Abuja": "Nigeria", "Accra": "Ghana",
    "Addis Ababa": "Ethiopia", "Algiers": "Algeria", "Amman": "Jordan", "Ankara": "Turkey",
    "Astana": "Kazakhstan", "Athens": "Greece", "Baghdad": "Iraq", "Baku": "Azerbaijan",
    "Bandar Seri Begawan": "Brunei", "Bangkok": "Thailand", "Beijing": "China",
    "Beirut": "Lebanon", "Belgrade": "Serbia", "Berlin": "Germany", "Bern": "Switzerland",
    "Bishkek": "Kyrgyzstan", "Bogota": "Colombia", "Bogotá": "Colombia", "Brasilia": "Brazil",
    "Brasília": "Brazil", "Bucharest": "Romania", "Budapest": "Hungary",
    "Buenos Aires": "Argentina", "Cairo": "Egypt", "Canberra": "Australia",
    "Colombo": "Sri Lanka", "Copenhagen": "Denmark", "Dhaka": "Bangladesh", "Dili": "Timor-Leste",
    "Doha": "Qatar", "Dublin": "Ireland", "Dushanbe": "Tajikistan", "Hanoi": "Viet Nam",
    "Havana": "Cuba", "Helsinki": "Finland", "Islamabad": "Pakistan", "Jakarta": "Indonesia",
    "Kabul": "Afghanistan", "Kathmandu": "Nepal", "Kuala Lumpur": "Malaysia", "Kyiv": "Ukraine",
    "Lima": "Peru", "Lisbon": "Portugal", "London": "United Kingdom", "Madrid": "Spain",
    "Male": "Maldives", "Malé": "Maldives", "Manila": "Philippines", "Mexico City": "Mexico",
    "Moscow": "Russia", "Muscat": "Oman", "Nairobi": "Kenya", "Naypyidaw": "Myanmar",
    "Nay Pyi Taw": "Myanmar", "New Delhi": "India", "Oslo": "Norway", "Ottawa": "Canada",
    "Paris": "France", "Phnom Penh": "Cambodia", "Prague": "Czech Republic",
    "Pretoria": "South Africa", "Putrajaya": "Malaysia", "Pyongyang": "North Korea",
    "Riyadh": "Saudi Arabia", "Rome": "Italy", "Santiago": "Chile", "Seoul": "Republic of Korea",
    "Singapore": "Singapore", "Stockholm": "Sweden", "Suva": "Fiji", "Tashkent": "Uzbekistan",
    "Tehran": "Iran", "Thimphu": "Bhutan", "Tokyo": "Japan", "Ulaanbaatar": "Mongolia",
    "Vienna": "Austria", "Vientiane": "Laos", "Warsaw": "Poland", "Washington": "United States",
    "Wellington": "New Zealand",
}


# Other places where meetings are held, beyond the capitals above: cities that host summits
# and ministerials, islands, resorts, states, provinces and prefectures. ``when`` reads a name
# here as a place after "in"/"at"/"visited" and after a venue (", Bali", ", Ontario") when no
# entity tagger has run ("held talks in Bali", "welcomed ... to Halifax, Nova Scotia").
# Names that are also common words or people's first names are left out ("Nice", "Split",
# "Florence", "Reading"): a place the lexicon misses is null, a wrong one is worse.
PLACES: tuple[str, ...] = (
    # Asia and the Pacific
    "Bali", "Nusa Dua", "Labuan Bajo", "Yogyakarta", "Surabaya", "Medan", "Batam", "Lombok",
    "Penang", "Langkawi", "Johor Bahru", "Kota Kinabalu", "Kuching", "Malacca", "Melaka", "Cebu",
    "Davao", "Boracay", "Siem Reap", "Sihanoukville", "Luang Prabang", "Chiang Mai", "Phuket",
    "Pattaya", "Hua Hin", "Mandalay", "Huế", "Hai Phong", "Haiphong", "Nha Trang", "Quang Ninh",
    "Ha Long", "Halong", "Can Tho", "Phu Quoc", "Kyoto", "Nagoya", "Yokohama", "Kobe", "Sapporo",
    "Fukuoka", "Sendai", "Nagasaki", "Okinawa", "Naha", "Karuizawa", "Hakone", "Ise-Shima",
    "Niigata", "Toyama", "Busan", "Incheon", "Jeju", "Gyeongju", "Daegu", "Gwangju", "Ulsan",
    "Pyeongchang", "Shanghai", "Guangzhou", "Shenzhen", "Hangzhou", "Nanjing", "Wuhan", "Tianjin",
    "Chengdu", "Chongqing", "Xiamen", "Qingdao", "Dalian", "Kunming", "Nanning", "Harbin", "Xi'an",
    "Xian", "Suzhou", "Changsha", "Zhengzhou", "Urumqi", "Lhasa", "Sanya", "Boao", "Haikou",
    "Hong Kong", "Macao", "Macau", "Kaohsiung", "Taichung", "Ulan Bator", "Mumbai", "Kolkata",
    "Chennai", "Bengaluru", "Bangalore", "Hyderabad", "Ahmedabad", "Gandhinagar", "Varanasi",
    "Kochi", "Goa", "Jaipur", "Agra", "Lucknow", "Pune", "Karachi", "Lahore", "Chittagong",
    "Chattogram", "Kandy", "Almaty", "Samarkand", "Bukhara", "Sydney", "Melbourne", "Brisbane",
    "Perth", "Christchurch", "Queenstown", "Noumea", "Nouméa", "Honolulu",
    # Middle East and Africa
    "Mecca", "AlUla", "Al-Ula", "Dammam", "Sharm el-Sheikh", "Sharm El Sheikh", "Sharm El-Sheikh",
    "Aqaba", "Tel Aviv", "Haifa", "Ramallah", "Antalya", "Izmir", "Erbil", "Basra", "Isfahan",
    "Mashhad", "Marrakech", "Marrakesh", "Casablanca", "Tangier", "Johannesburg", "Cape Town",
    "Durban", "Lagos", "Mombasa", "Dar es Salaam", "Zanzibar", "Arusha", "Goma", "Benghazi",
    # Europe
    "Frankfurt", "Hamburg", "Cologne", "Bonn", "Dresden", "Leipzig", "Düsseldorf", "Stuttgart",
    "Elmau", "Meseberg", "Milan", "Naples", "Venice", "Turin", "Genoa", "Bari", "Taormina",
    "Matera", "Fasano", "Trieste", "Barcelona", "Seville", "Valencia", "Malaga", "Málaga",
    "Granada", "Porto", "Lyon", "Marseille", "Strasbourg", "Bordeaux", "Biarritz", "Deauville",
    "Evian", "Évian", "Toulouse", "Edinburgh", "Glasgow", "Cardiff", "Belfast", "Manchester",
    "Birmingham", "Liverpool", "Oxford", "Cambridge", "Cornwall", "Carbis Bay", "Windsor",
    "Salzburg", "Innsbruck", "Zurich", "Zürich", "Lausanne", "Lucerne", "Basel", "Bürgenstock",
    "Krakow", "Kraków", "Gdansk", "Gdańsk", "Wroclaw", "Lviv", "Odesa", "Odessa", "Kharkiv",
    "Dnipro", "Rotterdam", "Antwerp", "Ghent", "Bruges", "Gothenburg", "Malmo", "Malmö", "Bergen",
    "Tromsø", "Tampere", "Turku", "Tartu", "Thessaloniki", "Corfu", "Crete", "Rhodes", "Limassol",
    "Larnaca", "Dubrovnik", "Bled", "Ohrid", "Batumi", "Saint Petersburg", "St. Petersburg",
    "St Petersburg", "Sochi", "Kazan", "Vladivostok", "Yekaterinburg",
    # the Americas
    "New York City", "Los Angeles", "San Francisco", "Chicago", "Boston", "Miami", "Seattle",
    "Atlanta", "Philadelphia", "San Diego", "Denver", "Camp David", "Palm Beach", "Toronto",
    "Montreal", "Montréal", "Vancouver", "Quebec City", "Québec City", "Calgary", "Halifax",
    "Winnipeg", "Rio de Janeiro", "São Paulo", "Sao Paulo", "Cancun", "Cancún", "Guadalajara",
    "Monterrey", "Cartagena", "Medellin", "Medellín", "Punta del Este", "Guayaquil", "Cusco",
    "Cuzco",
    # islands and regions that name where talks are held
    "Hokkaido", "Kyushu", "Hawaii", "Java", "Sumatra", "Borneo", "Sabah", "Sarawak", "Mindanao",
    "Luzon", "Sicily", "Sardinia", "Corsica", "Bavaria", "Brandenburg", "Normandy", "Brittany",
    "Provence", "Tuscany", "Scotland", "Wales", "Northern Ireland", "England", "Catalonia",
    "Andalusia", "Yunnan", "Fujian", "Guangdong", "Hainan", "Zhejiang", "Jiangsu", "Sichuan",
    "Shandong", "Guangxi", "Hunan", "Hubei", "Anhui", "Jiangxi", "Shaanxi", "Heilongjiang", "Jilin",
    "Liaoning", "Inner Mongolia",
    # states and provinces of federations
    "Ontario", "Quebec", "Québec", "British Columbia", "Alberta", "Nova Scotia", "New South Wales",
    "Queensland", "Western Australia", "South Australia", "Tasmania", "Northern Territory",
    "California", "Texas", "Florida", "New Jersey", "Maryland", "Massachusetts", "Illinois",
    "Alaska", "Colorado", "Maharashtra", "Gujarat", "Kerala", "Karnataka", "Tamil Nadu",
    "West Bengal", "Uttar Pradesh", "Sindh", "Balochistan",
)


# Regions, seas and continents named as places ("the situation in the Middle East"): read
# with the countries and cities where no entity recognizer runs (the fast mode).
REGIONS: tuple[str, ...] = (
    "Africa", "Antarctica", "Arctic", "Asia", "Asia-Pacific", "Balkans", "Baltic",
    "Caribbean", "Caucasus", "Central America", "Central Asia", "Donbas", "East Africa",
    "East Asia", "Eastern Europe", "Europe", "Gaza", "Gaza Strip", "Horn of Africa",
    "Indo-Pacific", "Kashmir", "Latin America", "Levant", "Mediterranean", "Middle East",
    "North Africa", "North America", "Northeast Asia", "Oceania", "Pacific", "Sahel",
    "South America", "South Asia", "Southeast Asia", "Sub-Saharan Africa", "West Africa",
    "West Bank", "Western Balkans", "Western Europe", "Xinjiang", "Tibet", "Hong Kong",
    "Crimea", "Mindanao", "Indian Ocean", "Atlantic", "Black Sea", "Red Sea",
)


# Month and weekday names and abbreviations, with their numbers (``when`` reads dates with
# them; the fast mode marks them as dates).
MONTHS: dict[str, int] = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4,
    "apr": 4, "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8,
    "september": 9, "sep": 9, "sept": 9, "october": 10, "oct": 10, "november": 11,
    "nov": 11, "december": 12, "dec": 12,
}
WEEKDAYS: dict[str, int] = {
    "monday": 0, "mon": 0, "tuesday": 1, "tue": 1, "tues": 1, "wednesday": 2, "wed": 2,
    "thursday": 3, "thu": 3, "thur": 3, "thurs": 3, "friday": 4, "fri": 4, "saturday": 5,
    "sat": 5, "sunday": 6, "sun": 6,
}

# Heads of names of regions, seas and islands ("Senkaku Islands", "Taiwan Strait"): spaCy
# often calls them GPE, which elsewhere mostly marks the city where something happened;
# the fast mode marks a Title Case run ending in one as a place (LOC).
GEO_HEADS = frozenset(
    {
        "islands", "island", "sea", "seas", "strait", "straits", "peninsula", "gulf", "ocean",
        "region", "basin", "coast", "archipelago", "isthmus", "channel", "bay", "heights",
    }
)

# Last words of a named meeting ("G7 Hiroshima Foreign Ministers' Meeting", "Senior
# Officials' Dialogue", "G20 Hangzhou Summit"): the fast mode marks such a name after "the"
# as an event; topics reads a name ending in one of these (or in a word of a body's
# sittings, topics.EVENT_HEADS) as a meeting, said in the place of its body.
MEETING_HEADS = frozenset({"meeting", "summit", "conference", "dialogue", "forum", "talks"})
