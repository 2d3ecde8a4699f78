package graph

import "time"

// Seizure is a seizure report or a positive investigation result. Every
// entity linked to it by INVOLVED_IN is marked a known smuggler by ingest.
type Seizure struct {
	ID          string
	Date        time.Time
	OfficeID    string
	Goods       string // what was seized (e.g. "methamphetamine", "counterfeit watches")
	Quantity    string // amount as reported, with unit
	Source      string // "seizure" or "investigation", plus case reference
	Description string
}

// Node returns the seizure as a graph node.
func (s Seizure) Node() Node {
	p := Props{}
	set := func(k, v string) {
		if v != "" {
			p[k] = v
		}
	}
	set("officeId", s.OfficeID)
	set("goods", s.Goods)
	set("quantity", s.Quantity)
	set("source", s.Source)
	set("description", s.Description)
	label := "Seizure " + s.ID
	if s.Goods != "" {
		label += ": " + s.Goods
	}
	return Node{Key: NewKey(KindSeizure, s.ID), Label: label, At: s.Date, Props: p}
}
