package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"text/tabwriter"
	"time"

	"github.com/rs/zerolog"

	"github.com/borderlens/borderlens/analytics/date"
	"github.com/borderlens/borderlens/graph"
	"github.com/borderlens/borderlens/ingest"
	"github.com/borderlens/borderlens/ingest/resolve"
	"github.com/borderlens/borderlens/resolvers"
)

// dateConfig is the configuration of the date command.
type dateConfig struct {
	commonFlags
	model        string
	feedback     string
	csv          string
	seed         uint64
	since, until timeFlag
	// training
	trees         int
	epochs        int
	revenueWeight float64
	residual      bool
	// selection
	rate        float64
	limit       int
	strategy    string
	exploration float64
	explore     string
	office      string
	// import
	version string
}

func (c *dateConfig) register(fs *flag.FlagSet) {
	c.commonFlags.register(fs)
	d := date.DefaultOptions()
	fs.StringVar(&c.model, "model", "", "model file (default <data-dir>/date/model.date)")
	fs.StringVar(&c.feedback, "feedback", "", "inspection feedback file (default <data-dir>/date/feedback.jsonl)")
	fs.StringVar(&c.csv, "csv", "", "train/eval: read declarations from this KCS or BACUDA CSV instead of the store")
	fs.Uint64Var(&c.seed, "seed", 1, "random seed (equal seeds and data give identical models and lists)")
	fs.Var(&c.since, "since", "only declarations dated on or after this day (YYYY-MM-DD or RFC 3339)")
	fs.Var(&c.until, "until", "only declarations dated before this day (YYYY-MM-DD or RFC 3339)")
	fs.IntVar(&c.trees, "trees", d.GBDT.Trees, "train: boosting rounds of the baseline trees")
	fs.IntVar(&c.epochs, "epochs", d.Net.Epochs, "train: maximum epochs of the attention network")
	fs.Float64Var(&c.revenueWeight, "revenue-weight", d.Net.RevenueWeight, "train: weight of the revenue loss beside the illicit loss")
	fs.BoolVar(&c.residual, "residual", d.Net.Residual, "train: the network corrects the trees' logit (false: leaves only, as the paper)")
	fs.Float64Var(&c.rate, "rate", 0.1, "select: share of the declarations to select, in (0,1]; 0 selects --limit")
	fs.IntVar(&c.limit, "limit", 0, "select: maximum length of the list (0: no cap)")
	fs.StringVar(&c.strategy, "strategy", string(date.ByIllicit), "select: rank by illicit probability (illicit) or expected revenue (revenue)")
	fs.Float64Var(&c.exploration, "exploration", 0.1, "select: share of the list picked for exploration, in [0,1)")
	fs.StringVar(&c.explore, "explore", string(date.ExploreUncertainty), "select: exploration by uncertainty or random")
	fs.StringVar(&c.office, "office", "", "select: only this office")
	fs.StringVar(&c.version, "version", "", "import: model version recorded on the declarations (default external:<file name>)")
}

func (c *dateConfig) modelPath() string {
	if c.model != "" {
		return c.model
	}
	return dateModelFile(c.dataDir)
}

// dateModelFile is the DATE model's default place in a data directory.
func dateModelFile(dataDir string) string { return filepath.Join(dataDir, "date", "model.date") }

func (c *dateConfig) feedbackPath() string {
	if c.feedback != "" {
		return c.feedback
	}
	return filepath.Join(c.dataDir, "date", "feedback.jsonl")
}

func (c *dateConfig) options() date.Options {
	o := date.DefaultOptions()
	o.Seed = c.seed
	o.GBDT.Trees = c.trees
	o.Net.Epochs = c.epochs
	o.Net.RevenueWeight = c.revenueWeight
	o.Net.Residual = c.residual
	return o
}

// inWindow keeps the declarations dated in [since, until).
func inWindow(ds []graph.Declaration, since, until time.Time) []graph.Declaration {
	var out []graph.Declaration
	for _, d := range ds {
		if (!since.IsZero() && d.Date.Before(since)) || (!until.IsZero() && !d.Date.Before(until)) {
			continue
		}
		out = append(out, d)
	}
	return out
}

const dateUsage = `usage: borderlens date <train|eval|score|import|select> [flags] [FILE]

  train    train the DATE model on the store's declarations with outcomes (and the
           feedback file), or on --csv FILE; write the model file
  eval     Precision/Recall/Revenue@1,2,5,10 % and AUC of the model (and its
           GBDT-only baseline) on labelled declarations (--csv FILE or the store window)
  score    score the store's declarations, write dateIllicitProb/dateRevenue/dateRank/
           dateModel and the trader roll-ups
  import   write the scores of an external DATE run (CSV: declaration id,
           probability[, revenue]) onto the declarations
  select   print the inspection list: top --rate by --strategy with an --exploration share`

// runDate dispatches the date subcommands.
func runDate(ctx context.Context, args []string, getenv func(string) string, stdout, stderr io.Writer) error {
	sub, fs, rest, err := subcommand("date", dateUsage, args, stdout, stderr)
	if err != nil {
		return err
	}
	var cfg dateConfig
	cfg.register(fs)
	if err := parseFlags(fs, rest, getenv); err != nil {
		return err
	}
	log, err := cfg.logger(stderr)
	if err != nil {
		return err
	}
	switch sub {
	case "train", "eval", "score", "import", "select":
	default:
		return fmt.Errorf("date: unknown subcommand %q\n%s", sub, dateUsage)
	}
	if sub == "import" && fs.NArg() != 1 {
		return fmt.Errorf("date import: want one CSV file, got %d arguments", fs.NArg())
	}
	if sub != "import" && fs.NArg() > 0 {
		return fmt.Errorf("date %s: unexpected arguments %q", sub, fs.Args())
	}
	var store graph.Store
	if !(cfg.csv != "" && (sub == "train" || sub == "eval")) {
		if store, err = openStore(ctx, cfg.dataDir, getenv, log); err != nil {
			return fmt.Errorf("date: %w", err)
		}
		defer store.Close()
	}
	switch sub {
	case "train":
		return dateTrain(ctx, cfg, store, stdout, log)
	case "eval":
		return dateEval(ctx, cfg, store, stdout)
	case "score":
		return dateScore(ctx, cfg, store, stdout, log)
	case "import":
		return dateImport(ctx, cfg, store, fs.Arg(0), stdout, log)
	}
	return dateSelect(ctx, cfg, store, stdout)
}

// dateDeclarations reads the declarations to train or evaluate on: from
// --csv, or from the store overlaid with the feedback file.
func dateDeclarations(ctx context.Context, cfg dateConfig, store graph.Store) ([]graph.Declaration, error) {
	if cfg.csv != "" {
		return readDeclarationsCSV(cfg.csv)
	}
	ds, err := date.LoadDeclarations(ctx, store)
	if err != nil {
		return nil, err
	}
	fb, err := date.ReadFeedback(cfg.feedbackPath())
	if err != nil {
		return nil, err
	}
	date.ApplyFeedback(ds, fb)
	return ds, nil
}

// readDeclarationsCSV reads a KCS or BACUDA declarations CSV through the
// ingest decoder; a rejected row fails with its file, line and field.
func readDeclarationsCSV(path string) ([]graph.Declaration, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("date: %w", err)
	}
	defer f.Close()
	res, err := resolve.New(resolve.Options{})
	if err != nil {
		return nil, fmt.Errorf("date: %w", err)
	}
	dec, err := ingest.NewDecoder(f, ingest.FormatAuto, ingest.DecoderOptions{Name: path, Resolver: res})
	if err != nil {
		return nil, fmt.Errorf("date: %w", err)
	}
	var out []graph.Declaration
	for {
		fr, err := dec.Next()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			return nil, fmt.Errorf("date: %w", err)
		}
		if fr.Reject != nil {
			return nil, fmt.Errorf("date: %w", fr.Reject)
		}
		for _, n := range fr.Batch.Nodes {
			if n.Key.Kind == graph.KindDeclaration {
				out = append(out, date.DeclarationFromNode(n))
			}
		}
	}
	if len(out) == 0 {
		return nil, fmt.Errorf("date: %s holds no declarations", path)
	}
	return out, nil
}

// trainModel trains on ds and saves the model.
func trainModel(ctx context.Context, ds []graph.Declaration, o date.Options, path string, log zerolog.Logger) (*date.Model, error) {
	t0 := time.Now()
	m, err := date.Train(ctx, ds, o)
	if err != nil {
		return nil, err
	}
	if err := m.Save(path); err != nil {
		return nil, err
	}
	log.Info().Str("model", m.Version).Int("rows", m.Rows).Int("illicit", m.Frauds).Int("epochs", m.Epochs).
		Dur("took", time.Since(t0)).Str("path", path).Msg("date model trained")
	return m, nil
}

func dateTrain(ctx context.Context, cfg dateConfig, store graph.Store, stdout io.Writer, log zerolog.Logger) error {
	ds, err := dateDeclarations(ctx, cfg, store)
	if err != nil {
		return err
	}
	ds = inWindow(ds, time.Time(cfg.since), time.Time(cfg.until))
	m, err := trainModel(ctx, ds, cfg.options(), cfg.modelPath(), log)
	if err != nil {
		return fmt.Errorf("date train: %w", err)
	}
	rev := "learned revenue head"
	if m.RevenueProxy {
		rev = "no revenue in the data: expected revenue = probability x declared tax"
	}
	fmt.Fprintf(stdout, "date train: model %s on %d labelled declarations (%d illicit, %s to %s), %d epochs; %s; wrote %s\n",
		m.Version, m.Rows, m.Frauds, m.From.Format(time.DateOnly), m.Until.Format(time.DateOnly), m.Epochs, rev, cfg.modelPath())
	return nil
}

func dateEval(ctx context.Context, cfg dateConfig, store graph.Store, stdout io.Writer) error {
	m, err := date.Load(cfg.modelPath())
	if err != nil {
		return err
	}
	ds, err := dateDeclarations(ctx, cfg, store)
	if err != nil {
		return err
	}
	var lab []graph.Declaration
	for _, d := range inWindow(ds, time.Time(cfg.since), time.Time(cfg.until)) {
		if d.Outcome != nil {
			lab = append(lab, d)
		}
	}
	if len(lab) == 0 {
		return graph.Errorf(graph.EINVALID, "date eval: no labelled declarations in the window")
	}
	y := make([]bool, len(lab))
	rev := make([]float64, len(lab))
	hasRev := false
	for i := range lab {
		y[i], rev[i] = lab[i].Outcome.Illicit, lab[i].Outcome.Revenue
		hasRev = hasRev || rev[i] > 0
		lab[i].Outcome = nil // score blind
	}
	if !hasRev {
		rev = nil
	}
	scores, err := m.Score(ctx, lab)
	if err != nil {
		return err
	}
	p, b := make([]float64, len(scores)), make([]float64, len(scores))
	for i, s := range scores {
		p[i], b[i] = s.IllicitProb, s.BaselineProb
	}
	rates := []float64{1, 2, 5, 10}
	fmt.Fprintf(stdout, "date eval: model %s on %d declarations (%d illicit)\n", m.Version, len(lab), date.Evaluate(p, y, nil, nil).Frauds)
	tw := tabwriter.NewWriter(stdout, 0, 0, 2, ' ', 0)
	head := "model\tPre@1\tPre@2\tPre@5\tPre@10\tRec@1\tRec@2\tRec@5\tRec@10"
	if rev != nil {
		head += "\tRev@1\tRev@2\tRev@5\tRev@10"
	}
	fmt.Fprintln(tw, head+"\tAUC")
	for _, row := range []struct {
		name string
		s    []float64
	}{{"DATE", p}, {"GBDT only", b}} {
		mt := date.Evaluate(row.s, y, rev, rates)
		cells := []string{row.name}
		for _, v := range append(append(append([]float64{}, mt.Precision...), mt.Recall...), mt.Revenue...) {
			cells = append(cells, fmt.Sprintf("%.3f", v))
		}
		cells = append(cells, fmt.Sprintf("%.3f", mt.AUC))
		fmt.Fprintln(tw, strings.Join(cells, "\t"))
	}
	if err := tw.Flush(); err != nil {
		return err
	}
	if rev == nil {
		fmt.Fprintln(stdout, "Revenue@n %: not computed, the declarations carry no revenue.")
	}
	return nil
}

// scoreStore scores the store's declarations (in the window) with m and
// writes scores and roll-ups.
func scoreStore(ctx context.Context, store graph.Store, m *date.Model, since, until time.Time, log zerolog.Logger) (int, date.RollUpSummary, error) {
	ds, err := date.LoadDeclarations(ctx, store)
	if err != nil {
		return 0, date.RollUpSummary{}, err
	}
	ds = inWindow(ds, since, until)
	scores, err := m.Score(ctx, ds)
	if err != nil {
		return 0, date.RollUpSummary{}, err
	}
	sum, err := date.WriteScores(ctx, store, scores, m.Version)
	if err != nil {
		return 0, date.RollUpSummary{}, err
	}
	log.Info().Str("model", m.Version).Int("declarations", len(scores)).Int("traders", sum.Traders).Msg("date scores written")
	return len(scores), sum, nil
}

func dateScore(ctx context.Context, cfg dateConfig, store graph.Store, stdout io.Writer, log zerolog.Logger) error {
	m, err := date.Load(cfg.modelPath())
	if err != nil {
		return err
	}
	n, sum, err := scoreStore(ctx, store, m, time.Time(cfg.since), time.Time(cfg.until), log)
	if err != nil {
		return fmt.Errorf("date score: %w", err)
	}
	fmt.Fprintf(stdout, "date score: model %s scored %d declarations; %d traders rolled up\n", m.Version, n, sum.Traders)
	return nil
}

func dateImport(ctx context.Context, cfg dateConfig, store graph.Store, path string, stdout io.Writer, log zerolog.Logger) error {
	f, err := os.Open(path)
	if err != nil {
		return fmt.Errorf("date import: %w", err)
	}
	defer f.Close()
	rows, err := date.ReadExternalScores(f, path)
	if err != nil {
		return fmt.Errorf("date import: %w", err)
	}
	known := map[string]bool{}
	if err := store.ScanNodes(ctx, []graph.Kind{graph.KindDeclaration}, func(n graph.Node) error {
		known[n.Key.ID] = true
		return nil
	}); err != nil {
		return fmt.Errorf("date import: %w", err)
	}
	scores, err := date.ExternalScores(path, rows, known)
	if err != nil {
		return fmt.Errorf("date import: %w", err)
	}
	version := cfg.version
	if version == "" {
		version = "external:" + filepath.Base(path)
	}
	sum, err := date.WriteScores(ctx, store, scores, version)
	if err != nil {
		return fmt.Errorf("date import: %w", err)
	}
	log.Info().Str("model", version).Int("declarations", len(scores)).Msg("external date scores imported")
	fmt.Fprintf(stdout, "date import: %d scores from %s as %s; %d traders rolled up\n", len(scores), path, version, sum.Traders)
	return nil
}

func dateSelect(ctx context.Context, cfg dateConfig, store graph.Store, stdout io.Writer) error {
	var cands []date.Candidate
	if err := store.ScanNodes(ctx, []graph.Kind{graph.KindDeclaration}, func(n graph.Node) error {
		if c, ok := date.CandidateFromNode(n); ok {
			cands = append(cands, c)
		}
		return nil
	}); err != nil {
		return fmt.Errorf("date select: %w", err)
	}
	if len(cands) == 0 {
		return graph.Errorf(graph.EUNAVAILABLE, "date select: no DATE scores in the store: run 'borderlens date score' first")
	}
	sel, err := date.Select(cands, date.SelectOptions{
		Rate: cfg.rate, Limit: cfg.limit, Strategy: date.Strategy(cfg.strategy), Exploration: cfg.exploration,
		Explore: date.ExploreMode(cfg.explore), Since: time.Time(cfg.since), Until: time.Time(cfg.until), OfficeID: cfg.office, Seed: cfg.seed,
	})
	if err != nil {
		return fmt.Errorf("date select: %w", err)
	}
	tw := tabwriter.NewWriter(stdout, 0, 0, 2, ' ', 0)
	fmt.Fprintln(tw, "#\tdeclaration\tdate\toffice\tillicitProb\texpectedRevenue\tpicked")
	for i, s := range sel {
		why := "score"
		if s.Explore {
			why = "explore:" + cfg.explore
		}
		fmt.Fprintf(tw, "%d\t%s\t%s\t%s\t%.4f\t%.0f\t%s\n", i+1, s.ID, s.Date.Format(time.DateOnly), s.OfficeID, s.IllicitProb, s.Revenue, why)
	}
	return tw.Flush()
}

// demoDATE is the demo's DATE step: it trains on the inspected
// declarations dated before the quarter of the latest declaration (the
// "past"), scores every declaration and rolls the scores up to traders.
// A model file of the same seed left by an earlier run is reused. Too few
// outcomes to train on is logged and skipped, not an error.
func demoDATE(ctx context.Context, store graph.Store, dataDir string, seed uint64, stdout io.Writer, log zerolog.Logger) error {
	path := dateModelFile(dataDir)
	ds, err := date.LoadDeclarations(ctx, store)
	if err != nil || len(ds) == 0 {
		return err
	}
	last := ds[len(ds)-1].Date.UTC()
	cutoff := time.Date(last.Year(), time.Month((int(last.Month())-1)/3*3+1), 1, 0, 0, 0, 0, time.UTC)
	m, err := date.Load(path)
	if err != nil || m.Seed != seed || !m.Until.Before(cutoff) {
		o := date.DefaultOptions()
		o.Seed = seed
		o.GBDT.Trees = 200 // lighter than the benchmark: the demo should start fast
		if m, err = trainModel(ctx, inWindow(ds, time.Time{}, cutoff), o, path, log); err != nil {
			if graph.ErrorCode(err) == graph.EINVALID {
				log.Warn().Str("reason", graph.ErrorMessage(err)).Msg("date: demo model not trained")
				return nil
			}
			return err
		}
	}
	n, sum, err := scoreStore(ctx, store, m, time.Time{}, time.Time{}, log)
	if err != nil {
		return err
	}
	fmt.Fprintf(stdout, "date: model %s trained on %d inspected declarations before %s; scored %d, %d traders rolled up\n",
		m.Version, m.Rows, cutoff.Format(time.DateOnly), n, sum.Traders)
	return nil
}

// newInspections builds the inspection service of the server: the DATE
// scores in the store, the model's profiles for reasons (when a model
// file exists) and the feedback file of recorded outcomes. Load problems
// are logged: lists then answer "no DATE scores yet".
func newInspections(ctx context.Context, store graph.Store, dataDir string, seed uint64, log zerolog.Logger) *resolvers.InspectionService {
	svc := resolvers.NewInspectionService(store, resolvers.InspectionConfig{
		FeedbackPath: filepath.Join(dataDir, "date", "feedback.jsonl"),
		Exploration:  0.1,
		Seed:         seed,
	})
	path := dateModelFile(dataDir)
	if m, err := date.Load(path); err == nil {
		svc.SetModel(m)
	} else if !errors.Is(err, os.ErrNotExist) {
		log.Warn().Err(err).Msg("date model not loaded: inspection lists come without reasons")
	}
	if err := svc.Refresh(ctx); err != nil {
		log.Warn().Err(err).Msg("date scores not loaded")
	} else {
		log.Info().Int("scored", svc.Scored()).Msg("date scores loaded")
	}
	return svc
}
