package synth

// Word lists for the synthetic world. Names are common ones, so that no
// generated person stands out; company names are invented combinations;
// e-mail domains use the reserved .example TLD and example.com/.net/.org
// (RFC 2606) so that no generated address reaches anyone.

// nameSet is how people of one nationality are named.
type nameSet struct {
	nat      string // ISO 3166 alpha-3
	surnames []string
	male     []string
	female   []string
	weight   int // share of passengers, in percent
	docPre   string
	docLen   int // digits after the prefix
	phone    func(g *gen) string
}

var nameSets = []nameSet{
	{nat: "KOR", weight: 58, docPre: "M", docLen: 8,
		surnames: []string{"KIM", "LEE", "PARK", "CHOI", "JUNG", "KANG", "CHO", "YOON", "JANG", "LIM", "HAN", "OH", "SEO", "SHIN", "KWON", "HWANG", "AHN", "SONG", "JEON", "HONG", "YOO", "KO", "MOON", "YANG", "SON", "BAE", "BAEK", "HEO", "NAM", "NOH"},
		male:     []string{"Minjun", "Seojun", "Doyun", "Yejun", "Siwoo", "Hajun", "Jiho", "Juwon", "Hyunwoo", "Jihoon", "Dongha", "Sungmin", "Taeyang", "Jaewon", "Min-jun", "Young-ho", "Sang-woo", "Jin-woo", "Kyung-soo", "Dong-hyun"},
		female:   []string{"Seoyeon", "Seoyun", "Jiwoo", "Hayoon", "Jiyoo", "Chaewon", "Sua", "Jia", "Yejin", "Sumin", "Eunji", "Minji", "Hyejin", "Soyeon", "Ji-won", "Su-bin", "Hye-won", "Eun-young", "Mi-kyung", "Yu-na"},
		phone:    func(g *gen) string { return g.krMobileRaw() }},
	{nat: "CHN", weight: 11, docPre: "E", docLen: 8,
		surnames: []string{"WANG", "LI", "ZHANG", "LIU", "CHEN", "YANG", "HUANG", "ZHAO", "WU", "ZHOU", "XU", "SUN", "MA", "ZHU", "HU", "GUO", "HE", "LIN", "LUO", "GAO"},
		male:     []string{"Wei", "Lei", "Jun", "Yong", "Jie", "Tao", "Ming", "Chao", "Hao", "Bin", "Qiang", "Peng", "Yu", "Haoran", "Zihan"},
		female:   []string{"Fang", "Na", "Min", "Jing", "Li", "Yan", "Xiu", "Ying", "Hui", "Lan", "Xin", "Yue", "Ting", "Mei", "Yuxin"},
		phone:    func(g *gen) string { return "+86 1" + g.digits(2) + " " + g.digits(4) + " " + g.digits(4) }},
	{nat: "JPN", weight: 8, docPre: "TK", docLen: 7,
		surnames: []string{"SATO", "SUZUKI", "TAKAHASHI", "TANAKA", "WATANABE", "ITO", "YAMAMOTO", "NAKAMURA", "KOBAYASHI", "KATO", "YOSHIDA", "YAMADA", "SASAKI", "YAMAGUCHI", "MATSUMOTO"},
		male:     []string{"Haruto", "Sota", "Yuto", "Hinata", "Riku", "Takumi", "Kenta", "Daiki", "Shota", "Hiroshi"},
		female:   []string{"Yui", "Hina", "Sakura", "Aoi", "Mio", "Yuna", "Riko", "Akari", "Misaki", "Haruka"},
		phone:    func(g *gen) string { return "+81 90-" + g.digits(4) + "-" + g.digits(4) }},
	{nat: "VNM", weight: 6, docPre: "C", docLen: 7,
		surnames: []string{"NGUYEN", "TRAN", "LE", "PHAM", "HOANG", "PHAN", "VU", "DANG", "BUI", "DO"},
		male:     []string{"Van An", "Minh Duc", "Quang Huy", "Van Nam", "Duc Anh", "Thanh Tung", "Hoang Long"},
		female:   []string{"Thi Lan", "Thi Mai", "Ngoc Anh", "Thu Trang", "Thi Hoa", "Minh Chau", "Phuong Linh"},
		phone:    func(g *gen) string { return "+84 9" + g.digits(1) + " " + g.digits(3) + " " + g.digits(4) }},
	{nat: "USA", weight: 5, docPre: "5", docLen: 8,
		surnames: []string{"SMITH", "JOHNSON", "WILLIAMS", "BROWN", "JONES", "GARCIA", "MILLER", "DAVIS", "RODRIGUEZ", "MARTINEZ", "WILSON", "ANDERSON"},
		male:     []string{"James", "John", "Robert", "Michael", "David", "William", "Daniel", "Matthew"},
		female:   []string{"Mary", "Jennifer", "Linda", "Elizabeth", "Sarah", "Jessica", "Emily", "Ashley"},
		phone:    func(g *gen) string { return "+1 (" + g.digits(3) + ") 555-01" + g.digits(2) }},
	{nat: "THA", weight: 4, docPre: "AA", docLen: 7,
		surnames: []string{"SAETANG", "SRISUK", "WONGSA", "CHAIYAPORN", "BOONMA", "THONGDEE", "KAEWMANEE"},
		male:     []string{"Somchai", "Somsak", "Anan", "Prasert", "Kittisak", "Nattapong"},
		female:   []string{"Siriporn", "Malee", "Ratana", "Suda", "Pimchanok", "Kanya"},
		phone:    func(g *gen) string { return "+66 8" + g.digits(1) + " " + g.digits(3) + " " + g.digits(4) }},
	{nat: "DEU", weight: 3, docPre: "C", docLen: 8,
		surnames: []string{"MÜLLER", "SCHMIDT", "SCHNEIDER", "FISCHER", "WEBER", "MEYER", "WAGNER", "BECKER"},
		male:     []string{"Jürgen", "Lukas", "Felix", "Jonas", "Stefan", "Andreas"},
		female:   []string{"Anna", "Lena", "Sophie", "Julia", "Katrin", "Sabine"},
		phone:    func(g *gen) string { return "+49 151 " + g.digits(8) }},
	{nat: "RUS", weight: 2, docPre: "7", docLen: 8,
		surnames: []string{"IVANOV", "SMIRNOV", "KUZNETSOV", "POPOV", "VASILIEV", "PETROV", "SOKOLOV"},
		male:     []string{"Alexander", "Dmitry", "Sergei", "Andrei", "Alexei", "Ivan"},
		female:   []string{"Olga", "Elena", "Natalia", "Irina", "Anna", "Tatiana"},
		phone: func(g *gen) string {
			return "+7 9" + g.digits(2) + " " + g.digits(3) + "-" + g.digits(2) + "-" + g.digits(2)
		}},
	{nat: "PHL", weight: 3, docPre: "P", docLen: 7,
		surnames: []string{"SANTOS", "REYES", "CRUZ", "BAUTISTA", "OCAMPO", "GARCÍA", "MENDOZA", "TORRES"},
		male:     []string{"José", "Juan", "Mark", "Paolo", "Miguel", "Carlo"},
		female:   []string{"Maria", "Angel", "Kristine", "Joy", "Andrea", "Camille"},
		phone:    func(g *gen) string { return "+63 917 " + g.digits(3) + " " + g.digits(4) }},
}

// route is a scheduled flight from Korea and its return.
type route struct {
	carrier  string
	number   int // outbound; the return is number+1
	from, to string
	dep      int // departure hour
	minutes  int // block time
	weight   int
}

var routes = []route{
	{"KE", 901, "ICN", "CDG", 13, 800, 3}, {"KE", 905, "ICN", "FRA", 12, 790, 2}, {"OZ", 521, "ICN", "LHR", 11, 820, 2},
	{"KE", 81, "ICN", "JFK", 10, 840, 3}, {"OZ", 202, "ICN", "LAX", 19, 660, 3}, {"KE", 23, "ICN", "SFO", 18, 640, 2},
	{"KE", 703, "ICN", "NRT", 9, 140, 6}, {"OZ", 102, "ICN", "NRT", 9, 145, 5}, {"7C", 1101, "ICN", "KIX", 8, 110, 5},
	{"LJ", 201, "ICN", "FUK", 7, 90, 3}, {"KE", 851, "ICN", "PEK", 9, 130, 4}, {"OZ", 361, "ICN", "PVG", 8, 120, 5},
	{"CZ", 338, "ICN", "CAN", 14, 220, 3}, {"CX", 411, "ICN", "HKG", 10, 230, 4}, {"BR", 169, "ICN", "TPE", 12, 150, 3},
	{"TG", 659, "ICN", "BKK", 17, 340, 4}, {"VN", 417, "ICN", "HAN", 10, 280, 4}, {"VJ", 961, "ICN", "SGN", 21, 320, 3},
	{"PR", 467, "ICN", "MNL", 20, 230, 3}, {"SQ", 607, "ICN", "SIN", 23, 390, 3}, {"EK", 323, "ICN", "DXB", 23, 600, 2},
	{"TK", 91, "ICN", "IST", 22, 720, 2}, {"SU", 251, "ICN", "SVO", 12, 600, 1}, {"KE", 671, "PUS", "NRT", 10, 120, 2},
	{"OZ", 751, "PUS", "BKK", 19, 360, 1}, {"QF", 367, "ICN", "SYD", 19, 610, 1},
}

// agencyNames are travel agency names; each gets an IATA number.
var agencyNames = []string{
	"Hana Tour Gangnam", "Mode Tour Jongno", "Very Good Tour", "Yellow Balloon Travel", "Lotte JTB Myeongdong",
	"Noblesse Travel", "Blue Sky Travel", "Seoul Global Travel", "Jeju Star Tour", "Busan Harbour Travel",
	"Incheon Air Service", "Arirang Tours", "Golden Bridge Travel", "Silk Road Holidays", "Pacific Wave Travel",
	"Han River Tours", "Morning Calm Travel", "K-Wings Travel", "Daehan Travel Center", "Asia Link Tours",
	"Namsan Travel", "Dream Air Tours", "Orient Express Travel", "Cosmo Travel", "Sunrise Holidays",
	"Apgujeong Travel Lounge", "Itaewon Global Tours", "Gimpo Air Desk", "Dongdaemun Travel", "Yeouido Business Travel",
	"Continental Travel Korea", "Lucky Seven Travel", "Eastern Gate Tours", "Haneul Travel", "Nuri Tour",
	"Maple Leaf Travel", "Jade Travel Service", "Pearl Travel", "Comet Tours", "Atlas Travel Korea",
}

var companyPrefixes = []string{
	"Hanil", "Daesung", "Samjin", "Kumho", "Dongbang", "Sejin", "Haesung", "Mirae", "Hanbit", "Jinyang",
	"Seoyoung", "Taeyang", "Woojin", "Yuil", "Shinil", "Daewon", "Kukje", "Sambo", "Hyosung", "Donga",
	"Pungsan", "Iljin", "Cheonil", "Daelim", "Hanmi", "Kyungdong", "Seil", "Jeil", "Bokwang", "Sunjin",
	"Gaon", "Nuri", "Saehan", "Boram", "Areum", "Hana", "Uri", "Joeun", "Saerom", "Hanul",
}

var companyTrades = []string{
	"Trading", "Logistics", "Industrial", "Foods", "Textile", "Electronics", "Chemical", "Global", "International",
	"Machinery", "Cosmetics", "Auto Parts", "Metal", "Plastics", "Pharm", "Marine", "Fashion", "Tech",
}

var companySuffixes = []string{"Co., Ltd.", "Co., Ltd", "Corp.", "Inc.", "Co.", "Ltd."}

var foreignCities = map[string][]string{
	"CN": {"Shenzhen", "Guangzhou", "Yiwu", "Ningbo", "Shanghai", "Qingdao", "Xiamen", "Tianjin"},
	"JP": {"Tokyo", "Osaka", "Nagoya", "Yokohama", "Kobe"},
	"US": {"Los Angeles", "New York", "Seattle", "Houston", "Chicago"},
	"VN": {"Ho Chi Minh City", "Hanoi", "Haiphong", "Da Nang"},
	"DE": {"Hamburg", "Frankfurt", "Munich", "Stuttgart"},
	"HK": {"Kowloon", "Kwun Tong", "Tsuen Wan"},
	"TH": {"Bangkok", "Chonburi", "Samut Prakan"},
	"TW": {"Taipei", "Taichung", "Kaohsiung"},
}

var foreignStreets = []string{"Industrial Road", "Harbour Street", "Commerce Avenue", "Export Road", "Garden Street", "Station Road", "Park Avenue", "Market Street", "River Road", "Trade Boulevard"}

var foreignCompanyWords = []string{"Bright Star", "Golden Dragon", "Pacific", "Sunrise", "Evergreen", "Orient", "Prosper", "Unity", "Great Wall", "Silverline", "Horizon", "Summit", "Lotus", "Phoenix", "Harmony"}

// krDistricts are (district, city, postal prefix).
var krDistricts = [][3]string{
	{"Gangnam-gu", "Seoul", "06"}, {"Jung-gu", "Seoul", "04"}, {"Jongno-gu", "Seoul", "03"}, {"Mapo-gu", "Seoul", "04"},
	{"Songpa-gu", "Seoul", "05"}, {"Yeongdeungpo-gu", "Seoul", "07"}, {"Seocho-gu", "Seoul", "06"}, {"Guro-gu", "Seoul", "08"},
	{"Haeundae-gu", "Busan", "48"}, {"Busanjin-gu", "Busan", "47"}, {"Jung-gu", "Incheon", "22"}, {"Namdong-gu", "Incheon", "21"},
	{"Bundang-gu", "Seongnam-si", "13"}, {"Yeongtong-gu", "Suwon-si", "16"}, {"Suseong-gu", "Daegu", "42"},
}

var krRoads = []string{
	"Teheran-ro", "Sejong-daero", "Eulji-ro", "Jong-ro", "Dosan-daero", "Gangnam-daero", "Olympic-ro", "Hakdong-ro",
	"Bongeunsa-ro", "Yeoksam-ro", "Gukhoe-daero", "Mapo-daero", "Haeundae-ro", "Jungang-daero", "Toegye-ro",
	"Seolleung-ro", "Nonhyeon-ro", "Yanghwa-ro", "Digital-ro", "Pangyo-ro",
}

var goods = []string{
	"methamphetamine", "cocaine", "ketamine", "counterfeit watches", "counterfeit handbags", "cigarettes",
	"gold bars", "undeclared cash", "ivory", "anabolic steroids", "cannabis", "tramadol",
}
