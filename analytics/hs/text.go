package hs

import (
	"strings"
	"unicode"

	"golang.org/x/text/unicode/norm"
)

// Fold lower-cases s, strips diacritics (NFD, combining marks removed)
// and spells out the Latin ligatures and letters NFD leaves alone
// (ß, æ, œ, ø, ł), so that "Hühnereier" and "huhnereier" match.
func Fold(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	for _, r := range norm.NFD.String(s) {
		if unicode.Is(unicode.Mn, r) {
			continue
		}
		switch r = unicode.ToLower(r); r {
		case 'ß':
			b.WriteString("ss")
		case 'æ':
			b.WriteString("ae")
		case 'œ':
			b.WriteString("oe")
		case 'ø':
			b.WriteByte('o')
		case 'ł':
			b.WriteByte('l')
		default:
			b.WriteRune(r)
		}
	}
	return b.String()
}

// phrases are rewritten before tokenisation: slashed abbreviations and
// hyphenated forms that would otherwise split into meaningless pieces.
var phrases = []struct{ from, to string }{
	{"w/o ", " without "}, {"w/ ", " with "}, {"s/s ", " stainless steel "},
	{"t-shirt", " tshirt "}, {"t shirt", " tshirt "}, {"tee-shirt", " tshirt "}, {"tee shirt", " tshirt "},
	{"e-liquid", " eliquid "}, {"e-cig", " ecigarette "}, {"e-bike", " electric bicycle "},
	{"wi-fi", " wifi "}, {"li-ion", " lithium ion "}, {"ni-mh", " nickel metal hydride "},
	{"x-ray", " xray "}, {"pick-up", " pickup "}, {"flip-flop", " flipflop "}, {"flip flop", " flipflop "},
	{"ready-made", " readymade "}, {"non-woven", " nonwoven "}, {"non woven", " nonwoven "},
	{"stainless-steel", " stainless steel "}, {"a/c ", " air conditioner "},
}

// Tokens turns a goods description into normalised word tokens: folded,
// split on anything but letters and digits, with quantities, sizes, model
// numbers and units dropped, abbreviations expanded, foreign goods words
// translated to English, stop words removed and plurals reduced.
// Tokens("3x FRZN Crevettes décortiquées 500g") is
// ["frozen" "shrimp" "peeled"].
func Tokens(s string) []string {
	s = " " + Fold(s) + " "
	for _, p := range phrases {
		if strings.Contains(s, p.from) {
			s = strings.ReplaceAll(s, p.from, p.to)
		}
	}
	var out []string
	start := -1
	flush := func(end int) {
		if start < 0 {
			return
		}
		w := s[start:end]
		start = -1
		out = appendWord(out, w)
	}
	for i, r := range s {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			if start < 0 {
				start = i
			}
			continue
		}
		flush(i)
	}
	flush(len(s))
	return out
}

// appendWord normalises one raw word and appends what it stands for.
func appendWord(out []string, w string) []string {
	if keep, ok := digitWords[w]; ok {
		return append(out, keep)
	}
	if hasDigit(w) || len(w) < 2 || units[w] || stop[w] {
		return out
	}
	if x, ok := abbrev[w]; ok {
		return append(out, strings.Fields(x)...)
	}
	if x, ok := lexicon[w]; ok {
		return append(out, strings.Fields(x)...)
	}
	w = Stem(w)
	if x, ok := lexicon[w]; ok {
		return append(out, strings.Fields(x)...)
	}
	if stop[w] {
		return out
	}
	return append(out, w)
}

func hasDigit(w string) bool {
	for i := 0; i < len(w); i++ {
		if w[i] >= '0' && w[i] <= '9' {
			return true
		}
	}
	return false
}

// Stem reduces English (and Romance) plurals to the singular with a few
// suffix rules; it is deliberately light so that brand names survive.
func Stem(w string) string {
	n := len(w)
	switch {
	case n <= 3:
		return w
	case strings.HasSuffix(w, "ies") && n > 4:
		return w[:n-3] + "y"
	case strings.HasSuffix(w, "ves") && n > 5 && w != "gloves" && w != "valves" && w != "sleeves":
		return w[:n-3] + "fe"
	case strings.HasSuffix(w, "sses"), strings.HasSuffix(w, "shes"), strings.HasSuffix(w, "ches"), strings.HasSuffix(w, "xes"), strings.HasSuffix(w, "zes"):
		return w[:n-2]
	case strings.HasSuffix(w, "oes") && n > 5:
		return w[:n-2]
	case strings.HasSuffix(w, "ss"), strings.HasSuffix(w, "us"), strings.HasSuffix(w, "is"), strings.HasSuffix(w, "os") && n < 5:
		return w
	case strings.HasSuffix(w, "s"):
		return w[:n-1]
	}
	return w
}

// digitWords are tokens with digits that carry meaning.
var digitWords = map[string]string{"3d": "3d", "4k": "4k", "5g": "5g", "4g": "4g", "mp3": "mp3", "mp4": "mp4", "co2": "co2", "a4": "a4", "a3": "a3"}

// units are measurement and packing words, dropped like the numbers they
// come with.
var units = setOf(`kg kgs g gr grs gram grams mg lb lbs oz ml cl dl l ltr ltrs litre litres liter liters
mm cm m mtr mtrs km in inch inches ft feet yd yds sqm m2 m3 cbm w kw kwh v kv a mah ah hz mhz ghz gb tb mb
pcs pc pce pces piece pieces ea each pk pkt pkts pack packs qty nos no unit units dz doz dozen dozens ct cts
ctn ctns crt pallet pallets plt lot lots set sets pair pairs pr prs gsm btu hp cc rpm psi bar dtex denier
nw gw net gross approx abt per x`)

// stop are function words of the five languages and nomenclature boiler
// plate that says nothing about the goods.
var stop = setOf(`a an the and or of for with without to in on at by from as into than not nor other others
its it this that these those is are be been being whether such thereof therein whereof which who
including excluding except excl incl nec n e c item items heading headings subheading chapter note notes
used kind kinds type types similar like etc also only whole either both new brand brands model models
same assorted various misc miscellaneous general goods article articles product products
de du des la le les l d un une en et ou pour avec sans sur au aux par
el los las lo y o con sin para por al del un una unos unas
der die das den dem des ein eine einer und oder mit ohne fur von aus zum zur im
do da dos das um uma e ou com sem em no na nos nas ao
`)

// abbrev expands trade abbreviations; values may hold several words.
var abbrev = map[string]string{
	"frz": "frozen", "frzn": "frozen", "froz": "frozen", "iqf": "frozen", "chld": "chilled",
	"veg": "vegetable", "vegs": "vegetable", "alu": "aluminium", "alum": "aluminium", "aluminum": "aluminium",
	"galv": "galvanized", "galvanised": "galvanized", "ss": "stainless steel", "sus": "stainless steel", "inox": "stainless steel",
	"pp": "polypropylene", "pe": "polyethylene", "hdpe": "polyethylene hdpe", "ldpe": "polyethylene ldpe",
	"lldpe": "polyethylene ldpe", "pvc": "polyvinyl chloride pvc", "ps": "polystyrene", "eps": "polystyrene expanded",
	"pu": "polyurethane", "tpu": "polyurethane", "abs": "abs acrylonitrile", "pc": "polycarbonate",
	"pet": "pet polyethylene terephthalate", "pmma": "acrylic", "bopp": "polypropylene film",
	"acc": "accessory", "accs": "accessory", "assy": "assembly", "elec": "electric", "elect": "electric",
	"btl": "bottle", "btls": "bottle", "kd": "kiln dried", "tv": "television", "tvs": "television",
	"mcb": "circuit breaker", "mccb": "circuit breaker", "rcd": "circuit breaker", "ssd": "solid state storage drive",
	"hdd": "hard disk storage drive", "nvme": "solid state storage drive", "cpu": "processor integrated circuit",
	"ic": "integrated circuit", "ics": "integrated circuit", "pcb": "printed circuit board", "pcba": "printed circuit board assembly",
	"rc": "radio remote control", "dslr": "digital camera", "suv": "motor vehicle car", "lpg": "liquefied petroleum gas",
	"lng": "liquefied natural gas", "uht": "milk", "smps": "power supply", "psu": "power supply",
	"rbd": "refined", "evoo": "extra virgin olive oil", "dty": "textured yarn", "fdy": "filament yarn", "poy": "filament yarn",
	"oem": "", "mens": "men", "ladies": "women", "lady": "women", "womens": "women", "kids": "children", "girls": "girl",
	"boys": "boy", "wmns": "women", "mns": "men", "blk": "black", "wht": "white", "asst": "", "approx": "",
	"cctv": "surveillance camera", "ipc": "camera", "gps": "navigation receiver", "ups": "uninterruptible power supply",
	"ac": "alternating current", "dc": "direct current", "led": "led", "lcd": "lcd", "oled": "oled", "usb": "usb",
	"hvac": "air conditioning", "rh": "", "lh": "", "hr": "hot rolled", "cr": "cold rolled", "gi": "galvanized iron",
	"ms": "mild steel", "cs": "carbon steel", "ppe": "protective", "api": "active pharmaceutical ingredient",
	"otc": "medicament", "rx": "medicament", "vit": "vitamin", "bev": "beverage", "bevs": "beverage",
	"choc": "chocolate", "org": "organic", "nat": "natural", "syn": "synthetic", "poly": "polyester",
	"cott": "cotton", "ctn100": "cotton", "lthr": "leather", "pvcu": "pvc", "upvc": "pvc", "hss": "high speed steel",
	"ev": "electric vehicle", "phev": "plug-in hybrid vehicle", "hev": "hybrid vehicle", "atv": "all terrain vehicle",
	"mtb": "mountain bicycle", "bmx": "bicycle", "wc": "toilet", "pos": "terminal", "ram": "memory",
	"dram": "dram memory", "nand": "flash memory", "sim": "sim card", "nfc": "nfc", "vape": "vaporiser electronic cigarette",
	"ecig": "electronic cigarette", "ecigarette": "electronic cigarette", "eliquid": "nicotine liquid",
	"tshirt": "tshirt", "tee": "tshirt", "tees": "tshirt", "hoodie": "hooded sweatshirt", "hoody": "hooded sweatshirt",
	"jeans": "jeans denim trousers", "smartphone": "smartphone", "smartwatch": "smartwatch", "laptop": "laptop portable computer",
	"notebook": "notebook", "labtop": "laptop portable computer", "pram": "baby carriage", "stroller": "baby carriage",
}

// lexicon translates common goods words of French, Spanish, German and
// Portuguese (accent-folded) into English tokens. It is a general trade
// vocabulary, not a list of HS codes.
var lexicon = map[string]string{
	// fr
	"chaussure": "shoe", "chaussures": "shoe", "vetement": "garment", "vetements": "garment", "chemise": "shirt", "chemises": "shirt",
	"pantalon": "trousers", "pantalons": "trousers", "robe": "dress", "robes": "dress", "jupe": "skirt", "manteau": "coat",
	"veste": "jacket", "pull": "sweater pullover", "chaussette": "sock", "chaussettes": "sock", "sac": "bag", "sacs": "bag",
	"main": "hand", "cuir": "leather", "coton": "cotton", "laine": "wool", "soie": "silk", "lin": "linen", "bois": "wood",
	"acier": "steel", "inoxydable": "stainless", "fer": "iron", "cuivre": "copper", "verre": "glass", "verres": "glass",
	"papier": "paper", "carton": "carton", "ondule": "corrugated", "plastique": "plastic", "plastiques": "plastic",
	"caoutchouc": "rubber", "jouet": "toy", "jouets": "toy", "enfant": "children", "enfants": "children", "bebe": "baby",
	"bebes": "baby", "femme": "women", "femmes": "women", "homme": "men", "hommes": "men", "telephone": "telephone",
	"portable": "portable", "ordinateur": "computer", "ecran": "screen monitor", "moniteur": "monitor", "souris": "mouse",
	"clavier": "keyboard", "imprimante": "printer", "televiseur": "television", "pouce": "inch", "pouces": "inch",
	"machine": "machine", "laver": "washing", "linge": "laundry", "hublot": "front", "lave": "washing",
	"refrigerateur": "refrigerator", "congelateur": "freezer", "climatiseur": "air conditioner", "aspirateur": "vacuum cleaner",
	"sechecheveux": "hair dryer", "seche": "dryer", "cheveux": "hair", "rasoir": "shaver razor", "electrique": "electric",
	"micro": "micro", "ondes": "wave", "bouilloire": "kettle", "cafetiere": "coffee maker", "ampoule": "lamp bulb",
	"ampoules": "lamp bulb", "batterie": "battery accumulator", "pile": "battery cell", "piles": "battery cell",
	"alcaline": "alkaline", "alcalines": "alkaline", "chargeur": "charger", "cable": "cable", "moteur": "motor engine",
	"triphase": "three phase", "panneau": "panel", "panneaux": "panel", "solaire": "solar", "solaires": "solar",
	"photovoltaique": "photovoltaic", "photovoltaiques": "photovoltaic", "disjoncteur": "circuit breaker",
	"disjoncteurs": "circuit breaker", "camera": "camera", "surveillance": "surveillance", "appareil": "apparatus",
	"photo": "photographic camera", "numerique": "digital", "brosse": "brush", "dent": "tooth", "dents": "tooth",
	"jeux": "game", "jeu": "game", "video": "video", "console": "console", "voiture": "car motor vehicle", "voitures": "car motor vehicle",
	"velo": "bicycle", "tout": "all", "terrain": "terrain", "poussette": "baby carriage", "monture": "frame", "montures": "frame",
	"lunette": "spectacles", "lunettes": "spectacles", "soleil": "sun", "lentille": "lens", "lentilles": "lens", "contact": "contact",
	"tensiometre": "blood pressure monitor", "seringue": "syringe", "seringues": "syringe", "jetable": "disposable",
	"jetables": "disposable", "thermometre": "thermometer", "medical": "medical", "guitare": "guitar", "acoustique": "acoustic",
	"canape": "sofa seat", "places": "seat", "tissu": "fabric", "matelas": "mattress", "memoire": "memory", "forme": "foam",
	"table": "table", "manger": "dining", "chene": "oak", "plafonnier": "ceiling light", "plafonniers": "ceiling light",
	"societe": "board", "raquette": "racket", "raquettes": "racket", "ballon": "ball", "ballons": "ball", "tapis": "carpet mat",
	"course": "running", "sapin": "christmas tree", "noel": "christmas", "artificiel": "artificial", "artificielle": "artificial",
	"artificielles": "artificial", "canne": "rod", "cannes": "rod", "peche": "fishing", "stylo": "pen", "stylos": "pen",
	"bille": "ball", "billes": "ball", "crayon": "pencil", "crayons": "pencil", "briquet": "lighter", "briquets": "lighter",
	"couche": "diaper napkin", "couches": "diaper napkin", "crevette": "shrimp", "crevettes": "shrimp", "decortique": "peeled",
	"decortiquee": "peeled", "decortiquees": "peeled", "surgele": "frozen", "surgelee": "frozen", "surgelees": "frozen",
	"surgeles": "frozen", "congele": "frozen", "congelee": "frozen", "congeles": "frozen", "frais": "fresh", "fraiche": "fresh",
	"fraiches": "fresh", "poisson": "fish", "saumon": "salmon", "thon": "tuna", "huile": "oil", "olive": "olive", "vierge": "virgin",
	"fromage": "cheese", "beurre": "butter", "doux": "unsalted", "lait": "milk", "oeuf": "egg", "oeufs": "egg", "poule": "hen",
	"miel": "honey", "sucre": "sugar", "sel": "salt", "farine": "flour", "ble": "wheat", "riz": "rice", "cafe": "coffee", "moulu": "ground", "torrefie": "roasted", "the": "tea", "chocolat": "chocolate", "tablette": "bar",
	"biscuit": "biscuit", "biscuits": "biscuit", "pate": "pasta", "pates": "pasta", "alimentaire": "food", "alimentaires": "food",
	"sauce": "sauce", "soja": "soya", "eau": "water", "minerale": "mineral", "gazeuse": "sparkling", "biere": "beer",
	"blonde": "lager", "bouteille": "bottle", "bouteilles": "bottle", "vin": "wine", "rouge": "red", "blanc": "white",
	"tomate": "tomato", "tomates": "tomato", "grappe": "vine", "pomme": "apple", "pommes": "potato apple", "terre": "earth",
	"frite": "fries", "frites": "fries", "legume": "vegetable", "legumes": "vegetable", "fruit": "fruit", "fruits": "fruit",
	"engrais": "fertilizer", "parfum": "perfume", "toilette": "toilet", "savon": "soap", "lessive": "laundry detergent",
	"poudre": "powder", "dentifrice": "toothpaste", "shampooing": "shampoo", "secs": "dry", "sec": "dry", "creme": "cream",
	"rideau": "curtain", "rideaux": "curtain", "occultant": "blackout", "occultants": "blackout", "drap": "sheet", "draps": "sheet",
	"lit": "bed", "serviette": "towel", "serviettes": "towel", "bain": "bath", "masque": "mask", "masques": "mask",
	"chirurgical": "surgical", "chirurgicaux": "surgical", "casquette": "cap", "casquettes": "cap", "parapluie": "umbrella",
	"parapluies": "umbrella", "pliant": "folding", "pliants": "folding", "fleur": "flower", "fleurs": "flower",
	"carrelage": "tile", "gres": "stoneware", "cerame": "porcelain ceramic", "assiette": "plate", "assiettes": "plate",
	"porcelaine": "porcelain", "boire": "drinking", "lingot": "bar ingot", "lingots": "bar ingot", "or": "gold",
	"argent": "silver", "collier": "necklace", "bijou": "jewellery", "bijoux": "jewellery", "fantaisie": "imitation",
	"clou": "nail", "clous": "nail", "casserole": "pan cookware", "casseroles": "pan cookware", "cathode": "cathode",
	"feuille": "foil sheet", "aluminium": "aluminium", "cadenas": "padlock", "routeur": "router", "ecouteur": "earphone",
	"ecouteurs": "earphone", "cuisine": "kitchen", "couteau": "knife", "couteaux": "knife", "roulement": "bearing",
	"roulements": "bearing", "pneu": "tyre", "pneus": "tyre", "neuf": "new", "neufs": "new", "frein": "brake",
	"plaquette": "pad", "plaquettes": "pad", "contreplaque": "plywood", "bouleau": "birch", "enceinte": "loudspeaker",
	"livre": "book", "livres": "book", "cahier": "notebook", "valise": "suitcase", "rigide": "hard", "roulette": "wheel",
	"roulettes": "wheel", "gant": "glove", "gants": "glove", "nitrile": "nitrile", "bougie": "candle", "bougies": "candle",
	"meuble": "furniture", "meubles": "furniture", "chaise": "chair seat", "chaises": "chair seat", "lampe": "lamp",
	"piece": "part", "pieces": "part", "detachee": "spare", "detachees": "spare", "automobile": "motor vehicle",
	"automobiles": "motor vehicle", "moule": "moulded", "moulees": "moulded", "diverse": "", "diverses": "",
	// es
	"zapato": "shoe", "zapatos": "shoe", "zapatilla": "shoe sneaker", "zapatillas": "shoe sneaker", "deportiva": "sport",
	"deportivas": "sport", "ropa": "garment", "camisa": "shirt", "camisas": "shirt", "camiseta": "tshirt", "camisetas": "tshirt",
	"pantalones": "trousers", "vestido": "dress", "vestidos": "dress", "falda": "skirt", "abrigo": "coat", "chaqueta": "jacket",
	"calcetin": "sock", "calcetines": "sock", "bolso": "handbag", "bolsos": "handbag", "bolsa": "bag", "bolsas": "bag",
	"mochila": "backpack rucksack", "cuero": "leather", "algodon": "cotton", "lana": "wool", "seda": "silk", "madera": "wood",
	"hierro": "iron", "cobre": "copper", "vidrio": "glass", "papel": "paper", "plastico": "plastic",
	"caucho": "rubber", "goma": "rubber", "juguete": "toy", "juguetes": "toy", "nino": "children", "ninos": "children",
	"mujer": "women", "mujeres": "women", "hombre": "men", "hombres": "men", "telefono": "telephone", "movil": "mobile",
	"inteligente": "smart", "ordenador": "computer", "computadora": "computer", "portatil": "laptop portable",
	"pantalla": "screen", "raton": "mouse", "teclado": "keyboard", "inalambrico": "wireless", "inalambricos": "wireless",
	"impresora": "printer", "laser": "laser", "televisor": "television", "lavadora": "washing machine", "secadora": "dryer",
	"frigorifico": "refrigerator", "nevera": "refrigerator", "combi": "combined", "aire": "air", "acondicionado": "conditioner",
	"aspirador": "vacuum cleaner", "aspiradora": "vacuum cleaner", "secador": "dryer", "pelo": "hair", "cabello": "hair",
	"horno": "oven", "bombilla": "lamp bulb", "bombillas": "lamp bulb", "bateria": "battery accumulator", "coche": "car motor vehicle",
	"pila": "battery cell", "pilas": "battery cell", "alcalina": "alkaline", "alcalinas": "alkaline", "cargador": "charger",
	"motor": "motor", "electrico": "electric", "electrica": "electric", "solar": "solar", "auricular": "earphone",
	"auriculares": "earphone headphones", "bicicleta": "bicycle", "montana": "mountain", "gafas": "spectacles", "sol": "sun",
	"polarizada": "polarized", "polarizadas": "polarized", "muneca": "doll", "munecas": "doll", "reloj": "watch",
	"neumatico": "tyre", "neumaticos": "tyre", "nuevo": "new", "nuevos": "new", "automovil": "car motor vehicle",
	"automoviles": "car motor vehicle", "freno": "brake", "pastilla": "pad", "pastillas": "pad", "rodamiento": "bearing",
	"rodamientos": "bearing", "bola": "ball", "bolas": "ball", "bomba": "pump", "bombas": "pump", "centrifuga": "centrifugal",
	"centrifugas": "centrifugal", "maquina": "machine", "coser": "sewing", "domestica": "household", "cocina": "kitchen",
	"cuchillo": "knife", "cuchillos": "knife", "tornillo": "screw", "tornillos": "screw", "perno": "bolt", "pernos": "bolt",
	"acero": "steel", "aluminio": "aluminium", "lingote": "ingot", "lingotes": "ingot", "taza": "cup mug", "tazas": "cup mug",
	"ceramica": "ceramic", "mascarilla": "mask", "mascarillas": "mask", "quirurgica": "surgical", "quirurgicas": "surgical",
	"paraguas": "umbrella", "plegable": "folding", "plegables": "folding", "chancla": "flipflop", "chanclas": "flipflop",
	"cinturon": "belt", "guante": "glove", "guantes": "glove", "desechable": "disposable", "desechables": "disposable",
	"vela": "candle", "velas": "candle", "perfumada": "scented", "perfumadas": "scented", "labial": "lipstick", "lapiz": "pencil",
	"champu": "shampoo", "jabon": "soap", "tocador": "toilet", "detergente": "detergent", "pintura": "paint", "acrilica": "acrylic",
	"base": "base", "agua": "water", "mineral": "mineral", "gas": "gas", "refresco": "soft drink", "refrescos": "soft drink",
	"refrigerante": "soft drink", "lata": "can", "latas": "can", "cerveza": "beer", "vino": "wine", "tinto": "red",
	"blanco": "white", "escoces": "scotch", "cigarrillo": "cigarette", "cigarrillos": "cigarette", "arroz": "rice",
	"jazmin": "jasmine", "harina": "flour", "trigo": "wheat", "panadera": "bakery", "azucar": "sugar", "refinado": "refined",
	"aceite": "oil", "oliva": "olive", "virgen": "virgin", "extra": "extra", "girasol": "sunflower", "salsa": "sauce",
	"leche": "milk", "polvo": "powder", "entera": "whole", "grasa": "fat", "queso": "cheese", "curado": "matured",
	"mantequilla": "butter", "galleta": "biscuit", "galletas": "biscuit", "salmon": "salmon", "fresco": "fresh",
	"frescos": "fresh", "fresca": "fresh", "frescas": "fresh", "filete": "fillet", "filetes": "fillet", "camaron": "shrimp",
	"camarones": "shrimp", "congelado": "frozen", "congelados": "frozen", "congelada": "frozen", "pelado": "peeled",
	"pelados": "peeled", "naranja": "orange", "naranjas": "orange", "calibre": "", "colchon": "mattress",
	"viscoelastico": "memory foam", "pañal": "diaper", "panal": "diaper napkin", "panales": "diaper napkin", "higienico": "toilet",
	"rollo": "roll", "rollos": "roll", "fotocopiadora": "copy", "cuaderno": "notebook",
	"sudadera": "sweatshirt", "sudaderas": "sweatshirt", "capucha": "hooded", "juego": "game", "mesa": "table", "silla": "chair seat",
	"sillas": "chair seat", "sofa": "sofa seat", "lampara": "lamp", "libro": "book", "libros": "book", // de
	"schuh": "shoe", "schuhe": "shoe", "lederschuhe": "leather shoe", "herren": "men", "damen": "women", "kinder": "children",
	"bekleidung": "garment", "hemd": "shirt", "hemden": "shirt", "hosen": "trousers", "kleid": "dress",
	"kleider": "dress", "mantel": "coat", "jacke": "jacket", "socken": "sock", "tasche": "bag", "taschen": "bag",
	"handtasche": "handbag", "rucksack": "rucksack backpack", "leder": "leather", "baumwolle": "cotton", "wolle": "wool",
	"seide": "silk", "holz": "wood", "stahl": "steel", "edelstahl": "stainless steel", "eisen": "iron", "kupfer": "copper",
	"glas": "glass", "pappe": "paperboard", "kunststoff": "plastic", "gummi": "rubber", "spielzeug": "toy",
	"spielzeugauto": "toy car", "ferngesteuert": "remote control", "handy": "mobile telephone", "telefon": "telephone",
	"rechner": "computer", "bildschirm": "monitor screen", "maus": "mouse", "tastatur": "keyboard", "drucker": "printer",
	"fernseher": "television", "zoll": "inch", "waschmaschine": "washing machine", "frontlader": "front loading",
	"kuhlschrank": "refrigerator", "gefrierschrank": "freezer", "klimaanlage": "air conditioner", "staubsauger": "vacuum cleaner",
	"beutellos": "bagless", "haartrockner": "hair dryer", "fohn": "hair dryer", "rasierer": "shaver", "backofen": "oven",
	"mikrowelle": "microwave oven", "wasserkocher": "kettle", "kaffeemaschine": "coffee machine", "siebtrager": "espresso",
	"gluhbirne": "lamp bulb", "gluhbirnen": "lamp bulb", "leuchte": "luminaire", "akku": "battery accumulator", "ladegerat": "charger", "netzteil": "power supply", "schaltnetzteil": "switching power supply",
	"kabel": "cable", "elektromotor": "electric motor", "solarmodule": "solar photovoltaic module", "solarmodul": "solar photovoltaic module",
	"monokristallin": "monocrystalline", "kopfhorer": "headphones earphone", "fahrrad": "bicycle", "mountainbike": "mountain bicycle",
	"kinderwagen": "baby carriage", "brille": "spectacles", "sonnenbrille": "sunglasses", "uhr": "watch", "armbanduhr": "wristwatch",
	"reifen": "tyre", "pkw": "car motor vehicle", "sommerreifen": "tyre", "winterreifen": "tyre", "bremse": "brake",
	"bremsbelage": "brake pad", "kugellager": "ball bearing", "pumpe": "pump", "nahmaschine": "sewing machine",
	"geschirrspuler": "dishwasher", "kuche": "kitchen", "messer": "knife", "schraube": "screw", "schrauben": "screw",
	"einweghandschuhe": "disposable glove", "handschuhe": "glove", "kerze": "candle", "kerzen": "candle",
	"zahnpasta": "toothpaste", "zahnburste": "toothbrush", "seife": "soap", "waschmittel": "laundry detergent", "farbe": "paint",
	"wasser": "water", "bier": "beer", "wein": "wine", "rotwein": "red wine", "weisswein": "white wine", "trocken": "dry",
	"zigaretten": "cigarette", "reis": "rice", "mehl": "flour", "zucker": "sugar", "ol": "oil", "kase": "cheese", "butter": "butter",
	"milch": "milk", "eier": "egg", "huhnereier": "hen egg", "frische": "fresh", "frisch": "fresh", "grosse": "size",
	"bodenhaltung": "barn", "honig": "honey", "kaffee": "coffee", "gemahlener": "ground", "gemahlen": "ground", "rostkaffee": "roasted coffee",
	"schokolade": "chocolate", "nudeln": "pasta noodle", "fisch": "fish", "lachs": "salmon", "garnelen": "shrimp",
	"gefroren": "frozen", "tiefgekuhlt": "frozen", "obst": "fruit", "gemuse": "vegetable", "apfel": "apple", "kartoffeln": "potato",
	"windeln": "diaper napkin", "toilettenpapier": "toilet paper", "lagig": "ply", "kinderbucher": "children picture book",
	"buch": "book", "bucher": "book", "modeschmuck": "imitation jewellery", "ohrringe": "earring", "schmuck": "jewellery",
	"gold": "gold", "silber": "silver", "kosmetiktasche": "toilet bag", "polyester": "polyester", "damenbluse": "women blouse",
	"bluse": "blouse", "stuhle": "chair seat", "stuhl": "chair seat", "gepolstert": "upholstered", "tisch": "table", "mobel": "furniture",
	"matratze": "mattress", "elektroauto": "electric car motor vehicle", "auto": "car", "ersatzteile": "spare part",
	"motorol": "engine oil", "vollsynthetisch": "synthetic", "einweg": "disposable", "teppich": "carpet",
	// pt
	"sapato": "shoe", "sapatos": "shoe", "tenis": "sneaker shoe", "roupa": "garment", "calca": "trousers",
	"calcas": "trousers", "meia": "sock", "meias": "sock", "couro": "leather", "algodao": "cotton", "madeira": "wood",
	"aco": "steel", "vidro": "glass", "brinquedo": "toy", "brinquedos": "toy", "crianca": "children", "criancas": "children",
	"telemovel": "mobile telephone", "celular": "mobile telephone", "computador": "computer", "impressora": "printer",
	"geladeira": "refrigerator", "ar": "air", "condicionado": "conditioner",
	"cafeteira": "coffee maker",
	"eletrica":  "electric", "eletrico": "electric", "lampada": "lamp bulb", "lampadas": "lamp bulb", "pilhas": "battery cell",
	"paineis": "panel", "painel": "panel", "solares": "solar", "fotovoltaicos": "photovoltaic", "fotovoltaico": "photovoltaic",
	"bicicletas": "bicycle", "oculos": "spectacles", "relogio": "watch", "freio": "brake", "rolamento": "bearing",
	"toalha": "towel", "toalhas": "towel", "banho": "bath", "fralda": "diaper napkin", "fraldas": "diaper napkin",
	"descartavel": "disposable", "descartaveis": "disposable", "caixa": "box", "caixas": "box", "papelao": "paperboard carton",
	"ondulado": "corrugated", "vinho": "wine", "cerveja": "beer", "oleo": "oil",
	"azeite": "olive oil", "girassol": "sunflower", "acucar": "sugar", "torrado": "roasted", "grao": "bean", "graos": "bean", "mel": "honey", "abelha": "bee", "queijo": "cheese", "manteiga": "butter",
	"ovos": "egg", "carne": "meat", "bovina": "bovine", "frango": "chicken", "peixe": "fish", "camarao": "shrimp",
	"maca": "apple", "macas": "apple", "hidratante": "moisturising", "facial": "face", "po": "powder", "sabonete": "soap",
	"perfume": "perfume", "moveis": "furniture", "cadeira": "chair seat", "colchao": "mattress", "tapete": "carpet", "livro": "book", "caderno": "notebook", "caneta": "pen", "lapis": "pencil",
	"natural": "natural",
}

func setOf(words string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(words) {
		m[w] = true
	}
	return m
}
