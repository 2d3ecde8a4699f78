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
	// Multi-word goods names of French, Spanish and Portuguese (folded).
	{"lave-linge", " washing machine "}, {"lave linge", " washing machine "}, {"lave-vaisselle", " dishwasher "},
	{"seche-linge", " clothes dryer "}, {"seche-cheveux", " hair dryer "}, {"seche cheveux", " hair dryer "},
	{"grille-pain", " toaster "}, {"machine a laver", " washing machine "}, {"machine a coudre", " sewing machine "},
	{"machine a cafe", " coffee machine "}, {"brosse a dents", " toothbrush "}, {"brosses a dents", " toothbrush "},
	{"rouge a levres", " lipstick "}, {"fer a repasser", " electric iron "}, {"pomme de terre", " potato "},
	{"pommes de terre", " potato "}, {"ordinateur portable", " laptop portable computer "}, {"telephone portable", " mobile telephone "},
	{"soutien-gorge", " bra "}, {"soutiens-gorge", " bra "}, {"sac a main", " handbag "}, {"sacs a main", " handbag "},
	{"sac a dos", " backpack "}, {"sacs a dos", " backpack "}, {"papier aluminium", " aluminium foil "},
	{"papier toilette", " toilet paper "}, {"papier hygienique", " toilet paper "}, {"jeu video", " video game "},
	{"appareil photo", " camera "}, {"huile d'olive", " olive oil "}, {"fruits de mer", " seafood "}, {"d'or ", " gold "},
	{"d'argent ", " silver "}, {"pieces detachees", " spare parts "}, {"piece detachee", " spare part "},
	{"lapiz labial", " lipstick "}, {"pasta de dientes", " toothpaste "}, {"cepillo de dientes", " toothbrush "},
	{"cepillos de dientes", " toothbrush "}, {"maquina de coser", " sewing machine "}, {"maquina de lavar", " washing machine "},
	{"papel de aluminio", " aluminium foil "}, {"papel aluminio", " aluminium foil "}, {"papel higienico", " toilet paper "},
	{"salsa de soja", " soy sauce "}, {"salsa de soya", " soy sauce "}, {"molho de soja", " soy sauce "},
	{"aceite de oliva", " olive oil "}, {"gafas de sol", " sunglasses "}, {"oculos de sol", " sunglasses "},
	{"aire acondicionado", " air conditioner "}, {"ar condicionado", " air conditioner "}, {"secador de pelo", " hair dryer "},
	{"secador de cabelo", " hair dryer "}, {"bolsa de plastico", " plastic bag "}, {"bolsas de plastico", " plastic bag "},
	{"silla de ruedas", " wheelchair "}, {"cadeira de rodas", " wheelchair "}, {"juego de mesa", " board game "},
	{"ropa interior", " underwear "}, {"roupa interior", " underwear "}, {"traje de bano", " swimsuit "},
	{"fuegos artificiales", " fireworks "}, {"tienda de campana", " tent "}, {"papas fritas", " fries potato chips "},
	{"escova de dentes", " toothbrush "}, {"creme dental", " toothpaste "}, {"papel higienico", " toilet paper "},
	{"telefono movil", " mobile telephone "}, {"telefone celular", " mobile telephone "}, {"maquina de cafe", " coffee machine "},
	{"maquina de afeitar", " shaver "}, {"fer a lisser", " hair straightener "}, {"plancha de pelo", " hair straightener "},
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
	if x, ok := translations[w]; ok {
		return append(out, strings.Fields(x)...)
	}
	if n := len(w); n > 5 && strings.HasSuffix(w, "es") {
		// Spanish and Portuguese plurals in -es (pañales, colchones); the
		// stem must be long enough not to catch English plurals (files).
		if x, ok := translations[w[:n-2]]; ok && x != "" {
			return append(out, strings.Fields(x)...)
		}
	}
	st := Stem(w)
	if x, ok := translations[st]; ok {
		return append(out, strings.Fields(x)...)
	}
	if x, ok := decompound(w); ok {
		return append(out, x...)
	}
	if stop[st] {
		return out
	}
	return append(out, st)
}

// decompound splits a compound word of at least eight letters into two
// dictionary words, allowing the German linking letters s, n, en, er and
// e between them ("lederschuhe" = leder+schuhe, "kinderbucher" =
// kinder+bucher), and returns their translations. It is dictionary-based
// compound splitting (Koehn & Knight, EACL 2003): only splits whose both
// parts are known are taken, the longest head first.
func decompound(w string) ([]string, bool) {
	if len(w) < 8 {
		return nil, false
	}
	look := func(p string) (string, bool) {
		if x, ok := translations[p]; ok {
			return x, true
		}
		if x, ok := translations[Stem(p)]; ok {
			return x, true
		}
		return "", false
	}
	for i := len(w) - 3; i >= 3; i-- {
		head, tail := w[:i], w[i:]
		ht, ok := look(head)
		if !ok {
			for _, l := range []string{"s", "n", "en", "er", "e"} {
				if h := strings.TrimSuffix(head, l); h != head && len(h) >= 3 {
					if ht, ok = look(h); ok {
						break
					}
				}
			}
		}
		if !ok {
			continue
		}
		if tt, ok := look(tail); ok {
			return append(strings.Fields(ht), strings.Fields(tt)...), true
		}
	}
	return nil, false
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
nw gw net gross approx abt per x stuck stk unidad unidades unite unites uds und pz pza pzas pezzi unidade unidades caja cajas`)

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

// abbrev expands common trade abbreviations (general usage on invoices
// and packing lists; see docs/hs.md); values may hold several words or
// none (an abbreviation that carries no goods meaning).
var abbrev = map[string]string{
	"frz": "frozen", "frzn": "frozen", "froz": "frozen", "iqf": "frozen", "chld": "chilled",
	"veg": "vegetable", "vegs": "vegetable", "alu": "aluminium", "alum": "aluminium", "aluminum": "aluminium",
	"galv": "galvanized", "galvanised": "galvanized", "ss": "stainless steel", "sus": "stainless steel", "inox": "stainless steel",
	"pp": "polypropylene", "pe": "polyethylene", "hdpe": "polyethylene hdpe", "ldpe": "polyethylene ldpe", "lldpe": "polyethylene lldpe",
	"ps": "polystyrene", "eps": "expanded polystyrene", "pu": "polyurethane", "tpu": "polyurethane tpu", "pmma": "acrylic pmma",
	"bopp": "polypropylene film bopp", "upvc": "pvc", "pvcu": "pvc",
	"acc": "accessory", "accs": "accessory", "assy": "assembly", "elec": "electric", "btl": "bottle", "btls": "bottle",
	"tv": "television", "tvs": "television", "mcb": "miniature circuit breaker", "mccb": "moulded case circuit breaker",
	"rccb": "residual current circuit breaker", "ssd": "solid state drive", "nvme": "solid state drive", "hdd": "hard disk drive",
	"cpu": "processor", "gpu": "graphics processor", "ic": "integrated circuit", "ics": "integrated circuit",
	"pcb": "printed circuit board", "pcba": "printed circuit board assembly", "mobo": "motherboard",
	"rc": "radio remote control", "dslr": "digital camera", "suv": "suv car", "lpg": "liquefied petroleum gas", "lng": "liquefied natural gas",
	"smps": "switching power supply", "psu": "power supply", "ups": "uninterruptible power supply", "cctv": "cctv surveillance camera",
	"rbd": "refined", "evoo": "extra virgin olive oil", "dty": "textured yarn", "fdy": "filament yarn", "poy": "filament yarn",
	"mens": "men", "ladies": "women", "lady": "women", "womens": "women", "wmns": "women", "kids": "children",
	"blk": "black", "wht": "white", "asst": "", "asstd": "", "oem": "", "mfg": "", "pkg": "", "pkgs": "",
	"hvac": "air conditioning", "hr": "hot rolled", "cr": "cold rolled", "gi": "galvanized iron", "ms": "mild steel", "cs": "carbon steel",
	"ppe": "personal protective equipment", "otc": "medicament", "rx": "medicament", "vit": "vitamin", "bev": "beverage",
	"choc": "chocolate", "org": "organic", "nat": "natural", "syn": "synthetic", "lthr": "leather", "hss": "high speed steel",
	"ev": "electric vehicle", "phev": "plug in hybrid vehicle", "hev": "hybrid vehicle", "atv": "all terrain vehicle",
	"mtb": "mountain bicycle", "bmx": "bmx bicycle", "wc": "toilet", "ram": "memory module", "dram": "dram memory", "nand": "nand flash memory",
	"sim": "sim card", "vape": "vape electronic cigarette", "ecig": "electronic cigarette", "ecigarette": "electronic cigarette",
	"eliquid": "nicotine liquid", "tee": "tshirt", "tees": "tshirt", "hoodie": "hooded sweatshirt", "hoody": "hooded sweatshirt",
	"laptop": "laptop portable computer", "bbq": "barbecue", "bt": "bluetooth", "pwr": "power", "chgr": "charger",
	"batt": "battery", "cbl": "cable", "adptr": "adapter", "adpt": "adapter", "refrig": "refrigerator", "mach": "machine",
	"equip": "equipment", "eqpt": "equipment", "appl": "appliance", "furn": "furniture", "hh": "household", "hhld": "household",
	"med": "medical", "pharma": "pharmaceutical", "cosm": "cosmetic",
}

func setOf(words string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(words) {
		m[w] = true
	}
	return m
}
