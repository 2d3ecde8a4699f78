package graph

import "strings"

// Passenger is a traveller or crew member, resolved across API (PAXLST)
// and PNR (PNRGOV) data onto one natural key.
type Passenger struct {
	ID          string // resolved identity key (see PassengerID)
	Surname     string
	GivenNames  string
	DateOfBirth string // YYYY-MM-DD when known
	Gender      string // M, F, X or U
	Nationality string
	Crew        bool
	Infant      bool
}

// PassengerID builds the natural key of a passenger from already
// normalised name parts and date of birth: "SURNAME/GIVEN/1970-07-12". A
// passenger without a date of birth keys on name and the first document
// or booking, decided by ingest's entity resolution.
func PassengerID(surname, given, dob string) string {
	return strings.Join([]string{surname, given, dob}, "/")
}

// Node returns the passenger as a graph node.
func (p Passenger) Node() Node {
	props := Props{}
	set := func(k, v string) {
		if v != "" {
			props[k] = v
		}
	}
	set("surname", p.Surname)
	set("givenNames", p.GivenNames)
	set("dateOfBirth", p.DateOfBirth)
	set("gender", p.Gender)
	set("nationality", p.Nationality)
	if p.Crew {
		props["crew"] = true
	}
	if p.Infant {
		props["infant"] = true
	}
	label := strings.TrimSpace(p.GivenNames + " " + p.Surname)
	return Node{Key: NewKey(KindPassenger, p.ID), Label: label, Props: props}
}

// PassengerFromNode reads a Passenger back from a node of kind Passenger.
func PassengerFromNode(n Node) Passenger {
	s := n.Props.String
	return Passenger{
		ID: n.Key.ID, Surname: s("surname"), GivenNames: s("givenNames"),
		DateOfBirth: s("dateOfBirth"), Gender: s("gender"), Nationality: s("nationality"),
		Crew: n.Props.Bool("crew"), Infant: n.Props.Bool("infant"),
	}
}
