package synth

import (
	"context"
	"encoding/csv"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"github.com/borderlens/borderlens/ingest"
	"github.com/borderlens/borderlens/ingest/resolve"
)

// DefaultDataDir is where the shared data sets live, relative to the
// repository root.
const DefaultDataDir = "../shared/data"

// DefaultKCSFiles returns the two KCS synthetic declaration files (2020
// train, 2021 Q1 validation) in dataDir. The held-out test split is not
// used.
func DefaultKCSFiles(dataDir string) []string {
	return []string{
		filepath.Join(dataDir, "df_syn_train_eng.csv"),
		filepath.Join(dataDir, "df_syn_valid_eng.csv"),
	}
}

// Options configures Generate. Zero values take the defaults.
type Options struct {
	KCSFiles   []string // KCS declaration files to copy (default DefaultKCSFiles(DefaultDataDir))
	MaxRows    int      // rows copied per KCS file; 0 for all
	OutDir     string   // where the files go (required)
	Seed       uint64   // random seed (0 is a valid seed)
	Rings      int      // planted rings (0 for the default 6, negative for none)
	Traders    int      // traders given details (default 3000)
	Passengers int      // distinct travellers (default 4000)
	Agencies   int      // travel agencies (default 40, at most 40)
	Owners     int      // importers whose owner travels with the company's contacts (default 80)
	Isolated   int      // seizures of people and traders outside the rings (default 20)
	Negative   int      // negative investigation results (default 10)

	// Nomenclature is the HS nomenclature file (harmonized-system.csv
	// layout) used to word goods descriptions; default: beside the first
	// KCS file. When missing, descriptions use the built-in catalogue only.
	Nomenclature string
	// Misdeclared is the share of declarations given the description of
	// goods from another heading (0: DefaultMisdeclaredShare, negative:
	// none). They are listed in GroundTruth.HSMisdeclared.
	Misdeclared float64

	// Resolve must be the resolution the files will be loaded with: the
	// calling code decides how national phone numbers resolve (the world
	// writes Korean numbers in national form, so it defaults to "82"),
	// and with a CardKey the ground truth names shared cards by key.
	Resolve resolve.Options
}

func (o Options) withDefaults() Options {
	if len(o.KCSFiles) == 0 {
		o.KCSFiles = DefaultKCSFiles(DefaultDataDir)
	}
	switch {
	case o.Rings == 0:
		o.Rings = 6
	case o.Rings < 0:
		o.Rings = 0
	}
	if o.Traders == 0 {
		o.Traders = 3000
	}
	if o.Passengers == 0 {
		o.Passengers = 4000
	}
	if o.Agencies == 0 {
		o.Agencies = 40
	}
	if o.Owners == 0 {
		o.Owners = 80
	}
	if o.Isolated == 0 {
		o.Isolated = 20
	}
	if o.Negative == 0 {
		o.Negative = 10
	}
	if o.Resolve.CallingCode == "" {
		o.Resolve.CallingCode = "82"
	}
	if o.Nomenclature == "" && len(o.KCSFiles) > 0 {
		o.Nomenclature = filepath.Join(filepath.Dir(o.KCSFiles[0]), "harmonized-system.csv")
	}
	switch {
	case o.Misdeclared == 0:
		o.Misdeclared = DefaultMisdeclaredShare
	case o.Misdeclared < 0:
		o.Misdeclared = 0
	}
	return o
}

// Manifest lists what Generate wrote.
type Manifest struct {
	Seed        uint64        `json:"seed"`         // Options.Seed
	CallingCode string        `json:"calling_code"` // the resolve.Options.CallingCode to load with
	Files       []ingest.File `json:"files"`        // in load order, with their formats
	GroundTruth string        `json:"ground_truth"` // path of ground_truth.json
	Counts      Counts        `json:"counts"`       // sizes of the world
}

// Counts are the sizes of the generated world.
type Counts struct {
	Declarations int `json:"declarations"` // declaration rows copied
	Traders      int `json:"traders"`      // traders with details
	Passengers   int `json:"passengers"`   // distinct travellers on bookings
	Bookings     int `json:"bookings"`     // PNRs
	Seizures     int `json:"seizures"`     // seizure and investigation records
	Rings        int `json:"rings"`        // planted rings
	RingMembers  int `json:"ring_members"` // hidden members over all rings
}

// GroundTruth is the content of ground_truth.json.
type GroundTruth struct {
	Seed           uint64       `json:"seed"`            // Options.Seed
	Rings          []Ring       `json:"rings"`           // the planted rings
	KnownSmugglers []string     `json:"known_smugglers"` // every key a positive seizure or investigation names
	Isolated       []string     `json:"isolated"`        // known smugglers outside any ring
	Noise          []NoiseGroup `json:"noise"`           // legitimate groups sharing identifiers
	// HSMisdeclared lists the declarations whose description was written
	// for another heading than their declared HS code.
	HSMisdeclared []Misdeclaration `json:"hs_misdeclared"`
}

// Ring is one planted smuggling ring.
type Ring struct {
	ID       string   `json:"id"`       // "ring-01", ...
	Goods    string   `json:"goods"`    // what the ring smuggles
	Seeds    []string `json:"seeds"`    // known smugglers, named in Seizures
	Members  []string `json:"members"`  // hidden members, never named in a seizure
	Seizures []string `json:"seizures"` // seizure or investigation keys
	Agency   string   `json:"agency"`   // the agency most ring trips are booked through
	Links    []Link   `json:"links"`    // how each member was tied in
}

// Link ties a ring member to a seed or an earlier member.
type Link struct {
	From string   `json:"from"` // the seed or earlier member tied to
	To   string   `json:"to"`   // the member
	Kind string   `json:"kind"` // one of the Link* constants
	Via  []string `json:"via"`  // keys of the nodes the link passes through ("PaymentCard" alone when no card key was given)
}

// NoiseGroup is a legitimate group sharing an identifier.
type NoiseGroup struct {
	Kind    string   `json:"kind"`          // family, couple, colleagues, business-centre, broker-phone, company-group, trader-owner
	Members []string `json:"members"`       // keys of the group's travellers or traders
	Via     string   `json:"via,omitempty"` // the shared identifier's key, when one
}

// Generate writes the demo world into o.OutDir: declaration CSVs
// (FormatKCS), traders.csv (FormatTradersCSV), passengers.json
// (FormatPassengersJSON), seizures.csv (FormatSeizuresCSV),
// ground_truth.json and manifest.json. ctx is checked between phases.
func Generate(ctx context.Context, o Options) (m Manifest, err error) {
	// The generator checks its own output with ingest/resolve and panics
	// on an identifier it made that does not resolve (a bug); report that
	// as an error rather than crash the caller.
	defer func() {
		if r := recover(); r != nil {
			m, err = Manifest{}, fmt.Errorf("synth: %v", r)
		}
	}()
	o = o.withDefaults()
	if o.OutDir == "" {
		return Manifest{}, errors.New("synth: no output directory")
	}
	if o.Rings > 50 {
		return Manifest{}, errors.New("synth: at most 50 rings")
	}
	res, err := resolve.New(o.Resolve)
	if err != nil {
		return Manifest{}, fmt.Errorf("synth: %w", err)
	}
	if err := os.MkdirAll(o.OutDir, 0o755); err != nil {
		return Manifest{}, fmt.Errorf("synth: %w", err)
	}
	m = Manifest{Seed: o.Seed, CallingCode: o.Resolve.CallingCode}

	desc, err := newDescriber(o.Seed, o.Misdeclared, o.Nomenclature)
	if err != nil {
		return Manifest{}, err
	}
	declFiles, pool, rows, err := copyDeclarations(o.KCSFiles, o.OutDir, o.MaxRows, desc)
	if err != nil {
		return Manifest{}, err
	}
	for _, f := range declFiles {
		m.Files = append(m.Files, ingest.File{Path: f, Format: ingest.FormatKCS})
	}
	m.Counts.Declarations = rows
	if err := ctx.Err(); err != nil {
		return Manifest{}, err
	}

	w := &world{g: newGen(o.Seed, res), pool: pool, inRing: map[string]bool{}}
	w.makeAgencies(o.Agencies)
	w.makeSchedule()
	w.makeCompanies(o.Traders)
	var gt GroundTruth
	gt.Seed = o.Seed
	for i := 0; i < o.Rings; i++ {
		gt.Rings = append(gt.Rings, w.plantRing(i))
	}
	if err := ctx.Err(); err != nil {
		return Manifest{}, err
	}
	w.ownersTravel(o.Owners)
	w.populate(o.Passengers)
	gt.Isolated = w.isolatedSeizures(o.Isolated, o.Negative)
	for _, r := range gt.Rings {
		gt.KnownSmugglers = append(gt.KnownSmugglers, r.Seeds...)
		m.Counts.RingMembers += len(r.Members)
	}
	gt.KnownSmugglers = append(gt.KnownSmugglers, gt.Isolated...)
	sort.Strings(gt.KnownSmugglers)
	gt.Noise = w.noise
	gt.HSMisdeclared = desc.mis
	if err := ctx.Err(); err != nil {
		return Manifest{}, err
	}

	write := func(name string, f ingest.Format, fn func(string) error) error {
		p := filepath.Join(o.OutDir, name)
		if err := fn(p); err != nil {
			return fmt.Errorf("synth: write %s: %w", name, err)
		}
		m.Files = append(m.Files, ingest.File{Path: p, Format: f})
		return nil
	}
	if err := write("traders.csv", ingest.FormatTradersCSV, w.writeTraders); err != nil {
		return Manifest{}, err
	}
	if err := write("passengers.json", ingest.FormatPassengersJSON, w.writePassengers); err != nil {
		return Manifest{}, err
	}
	if err := write("seizures.csv", ingest.FormatSeizuresCSV, w.writeSeizures); err != nil {
		return Manifest{}, err
	}
	m.GroundTruth = filepath.Join(o.OutDir, "ground_truth.json")
	if err := writeJSON(m.GroundTruth, gt); err != nil {
		return Manifest{}, fmt.Errorf("synth: %w", err)
	}
	m.Counts.Traders = len(w.companies)
	travellers := map[string]bool{}
	for _, b := range w.bookings {
		for _, p := range b.pax {
			travellers[p.key] = true
		}
	}
	m.Counts.Passengers = len(travellers)
	m.Counts.Bookings = len(w.bookings)
	m.Counts.Seizures = len(w.seizures)
	m.Counts.Rings = len(gt.Rings)
	if err := writeJSON(filepath.Join(o.OutDir, "manifest.json"), m); err != nil {
		return Manifest{}, fmt.Errorf("synth: %w", err)
	}
	return m, nil
}

func writeJSON(path string, v any) error {
	b, err := json.MarshalIndent(v, "", "  ")
	if err != nil {
		return err
	}
	return os.WriteFile(path, append(b, '\n'), 0o644)
}

// writeTraders writes traders.csv, sorted by id.
func (w *world) writeTraders(path string) error {
	ids := make([]string, 0, len(w.companies))
	for id := range w.companies {
		ids = append(ids, id)
	}
	sort.Strings(ids)
	f, err := os.Create(path)
	if err != nil {
		return err
	}
	cw := csv.NewWriter(f)
	cw.Write([]string{"id", "name", "country", "address", "phone", "email", "roles"})
	for _, id := range ids {
		c := w.companies[id]
		var phones []string
		for _, p := range dedupeKeep(c.phones) {
			phones = append(phones, w.g.phoneVariant(p))
		}
		addr := c.address
		if addr != "" {
			addr = w.g.addressVariant(addr)
		}
		roles := dedupeKeep(c.roles)
		sort.Strings(roles)
		cw.Write([]string{c.id, c.name, c.country, addr, strings.Join(phones, ";"), strings.Join(dedupeKeep(c.emails), ";"), strings.Join(roles, ";")})
	}
	cw.Flush()
	if err := cw.Error(); err != nil {
		f.Close()
		return err
	}
	return f.Close()
}

// dedupeKeep removes repeats, keeping the first occurrence's order.
func dedupeKeep(xs []string) []string {
	seen := map[string]bool{}
	var out []string
	for _, x := range xs {
		if !seen[x] {
			seen[x] = true
			out = append(out, x)
		}
	}
	return out
}

// writePassengers writes passengers.json: a {"bookings": [...]} wrapper
// with one booking per line, in booking creation order.
func (w *world) writePassengers(path string) error {
	sort.SliceStable(w.bookings, func(i, j int) bool {
		if !w.bookings[i].created.Equal(w.bookings[j].created) {
			return w.bookings[i].created.Before(w.bookings[j].created)
		}
		return w.bookings[i].locator < w.bookings[j].locator
	})
	f, err := os.Create(path)
	if err != nil {
		return err
	}
	var b strings.Builder
	b.WriteString("{\"bookings\": [\n")
	for i, bk := range w.bookings {
		rec, err := json.Marshal(w.record(bk))
		if err != nil {
			f.Close()
			return err
		}
		b.Write(rec)
		if i < len(w.bookings)-1 {
			b.WriteByte(',')
		}
		b.WriteByte('\n')
	}
	b.WriteString("]}\n")
	if _, err := f.WriteString(b.String()); err != nil {
		f.Close()
		return err
	}
	return f.Close()
}

// writeSeizures writes seizures.csv, sorted by date then id.
func (w *world) writeSeizures(path string) error {
	sort.SliceStable(w.seizures, func(i, j int) bool {
		if w.seizures[i][1] != w.seizures[j][1] {
			return w.seizures[i][1] < w.seizures[j][1]
		}
		return w.seizures[i][0] < w.seizures[j][0]
	})
	f, err := os.Create(path)
	if err != nil {
		return err
	}
	cw := csv.NewWriter(f)
	cw.Write([]string{"id", "date", "kind", "outcome", "case", "office", "goods", "quantity", "description", "involved"})
	cw.WriteAll(w.seizures)
	if err := cw.Error(); err != nil {
		f.Close()
		return err
	}
	return f.Close()
}
