package seizure

import (
	"errors"
	"strings"

	"github.com/borderlens/borderlens/graph"
	"github.com/borderlens/borderlens/ingest/resolve"
)

var (
	errRef      = errors.New("entity reference must be Kind:ID or type=value (trader=, passenger=, phone=, ...)")
	errRefKind  = errors.New("this kind of node cannot be involved in a seizure")
	errPaxRef   = errors.New("passenger reference must be name/YYYY-MM-DD")
	errDocRef   = errors.New("document reference must be TYPE/ISSUER/NUMBER")
	errFlight   = errors.New("flight reference must be CARRIER+NUMBER/YYYY-MM-DD")
	errBooking  = errors.New("booking reference must be CARRIER/LOCATOR")
	errCardHash = errors.New("card key must be the 32 hex digits of a stored card id")
)

// ParseRef resolves one entity reference (see the package documentation)
// to the node it names: key and, where the reference says more (a
// passenger's name and date of birth), the matching properties.
func ParseRef(ref string, r *resolve.Resolver) (graph.Node, error) {
	ref = strings.TrimSpace(ref)
	typ, val, ok := strings.Cut(ref, "=")
	if ok && isRefType(strings.ToLower(strings.TrimSpace(typ))) {
		return typedRef(strings.ToLower(strings.TrimSpace(typ)), strings.TrimSpace(val), r)
	}
	kind, id, ok := strings.Cut(ref, ":")
	if !ok || !graph.Kind(kind).Valid() {
		return graph.Node{}, errRef
	}
	return keyRef(graph.Kind(kind), strings.TrimSpace(id), r)
}

func isRefType(t string) bool {
	switch t {
	case "key", "trader", "declaration", "passenger", "document", "phone", "email", "address", "card", "flight", "booking", "agency":
		return true
	}
	return false
}

func typedRef(typ, v string, r *resolve.Resolver) (graph.Node, error) {
	switch typ {
	case "key":
		return ParseRef(v, r)
	case "trader":
		return keyRef(graph.KindTrader, v, r)
	case "declaration":
		return keyRef(graph.KindDeclaration, v, r)
	case "agency":
		return keyRef(graph.KindAgency, v, r)
	case "passenger":
		i := strings.LastIndex(v, "/")
		if i < 0 {
			return graph.Node{}, errPaxRef
		}
		return passengerRef(v[:i], v[i+1:])
	case "document":
		return keyRef(graph.KindDocument, v, r)
	case "phone":
		return r.PhoneNode(v)
	case "email":
		return resolve.EmailNode(v)
	case "address":
		return resolve.AddressNode(v)
	case "card":
		// A masked number is followed by its expiry.
		f := strings.Fields(v)
		if len(f) >= 2 {
			num := strings.Join(f[:len(f)-1], " ")
			if _, err := resolve.CardExpiry(f[len(f)-1]); err == nil && strings.ContainsAny(num, "Xx*#•") {
				return r.CardNode("", num, f[len(f)-1])
			}
		}
		return r.CardNode("", v, "")
	case "flight":
		return keyRef(graph.KindFlight, v, r)
	case "booking":
		return keyRef(graph.KindBooking, v, r)
	}
	return graph.Node{}, errRef
}

// passengerRef resolves a passenger from a name in any order and a date of
// birth.
func passengerRef(name, dob string) (graph.Node, error) {
	n, err := resolve.ParseName(name)
	if err != nil {
		return graph.Node{}, err
	}
	d, _, err := resolve.Date(dob)
	if err != nil {
		return graph.Node{}, errPaxRef
	}
	k, _ := resolve.PassengerKey(n, d, nil, "")
	p := graph.Passenger{ID: k.ID, Surname: n.Surname, GivenNames: n.Given, DateOfBirth: d}
	node := p.Node()
	return node, nil
}

// keyRef resolves the id of a key of the given kind the way the loaders
// build it.
func keyRef(kind graph.Kind, id string, r *resolve.Resolver) (graph.Node, error) {
	if id == "" {
		return graph.Node{}, resolve.ErrEmpty
	}
	switch kind {
	case graph.KindTrader:
		t, err := resolve.TraderID(id)
		if err != nil {
			return graph.Node{}, err
		}
		return graph.Node{Key: graph.NewKey(kind, t)}, nil
	case graph.KindDeclaration, graph.KindAgency:
		c, err := resolve.Code(id)
		if err != nil {
			return graph.Node{}, err
		}
		return graph.Node{Key: graph.NewKey(kind, c)}, nil
	case graph.KindPassenger:
		parts := strings.Split(id, "/")
		if len(parts) < 2 {
			return graph.Node{}, errPaxRef
		}
		last := parts[len(parts)-1]
		if _, _, err := resolve.Date(last); err == nil {
			return passengerRef(strings.Join(parts[:len(parts)-1], "/"), last)
		}
		// A passenger keyed without a date of birth ("DOC ..." or "PNR ..."):
		// resolve the name, keep the rest upper-cased.
		if len(parts) < 3 {
			return graph.Node{}, errPaxRef
		}
		n, err := resolve.NameParts(parts[0], parts[1])
		if err != nil {
			return graph.Node{}, err
		}
		nk := strings.SplitN(n.Key(), "/", 2)
		rest := strings.ToUpper(strings.Join(parts[2:], "/"))
		return graph.Node{Key: graph.NewKey(kind, graph.PassengerID(nk[0], nk[1], rest))}, nil
	case graph.KindDocument:
		parts := strings.Split(id, "/")
		if len(parts) != 3 {
			return graph.Node{}, errDocRef
		}
		n, _, err := resolve.DocumentNode(parts[0], parts[1], parts[2], "")
		return n, err
	case graph.KindPhone:
		return r.PhoneNode(id)
	case graph.KindEmail:
		return resolve.EmailNode(id)
	case graph.KindAddress:
		return resolve.AddressNode(id)
	case graph.KindPaymentCard:
		h := strings.ToLower(id)
		if len(h) != 32 || strings.Trim(h, "0123456789abcdef") != "" {
			return graph.Node{}, errCardHash
		}
		return graph.Node{Key: graph.PaymentCardKey(h)}, nil
	case graph.KindFlight:
		return flightRef(id)
	case graph.KindBooking:
		c, l, ok := strings.Cut(strings.ReplaceAll(id, "-", "/"), "/")
		if !ok {
			return graph.Node{}, errBooking
		}
		carrier, err := resolve.Carrier(c)
		if err != nil {
			return graph.Node{}, err
		}
		loc, err := resolve.RecordLocator(l)
		if err != nil {
			return graph.Node{}, err
		}
		return graph.Node{Key: graph.NewKey(kind, graph.BookingID(carrier, loc))}, nil
	}
	return graph.Node{}, errRefKind
}

// flightRef reads "KE901/2021-01-02", "KE0901-2021-01-02" or
// "KE 901/2021-01-02".
func flightRef(v string) (graph.Node, error) {
	v = strings.ToUpper(strings.ReplaceAll(strings.TrimSpace(v), " ", ""))
	var fl, date string
	if i := strings.Index(v, "/"); i >= 0 {
		fl, date = v[:i], v[i+1:]
	} else if len(v) > 11 && v[len(v)-11] == '-' {
		fl, date = v[:len(v)-11], v[len(v)-10:]
	} else {
		return graph.Node{}, errFlight
	}
	if len(fl) < 3 {
		return graph.Node{}, errFlight
	}
	carrier, err := resolve.Carrier(fl[:2])
	if err != nil {
		return graph.Node{}, errFlight
	}
	num, err := resolve.FlightNumber(fl[2:])
	if err != nil {
		return graph.Node{}, errFlight
	}
	_, at, err := resolve.Date(date)
	if err != nil {
		return graph.Node{}, errFlight
	}
	return graph.Node{Key: graph.NewKey(graph.KindFlight, graph.FlightID(carrier, num, at))}, nil
}
