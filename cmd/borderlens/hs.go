package main

import (
	"cmp"
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"time"

	"github.com/rs/zerolog"

	"github.com/borderlens/borderlens/analytics/hs"
	"github.com/borderlens/borderlens/graph"
	"github.com/borderlens/borderlens/ingest/synth"
)

// hsConfig is the configuration of the hs command.
type hsConfig struct {
	commonFlags
	nomenclature string
	model        string
	seed         uint64
	cold         bool
	noTerms      bool
	denseWeight  float64
	denseDim     int
	until        string
	file         string
	split        string
	k            int
	misdeclared  string
}

func (c *hsConfig) register(fs *flag.FlagSet) {
	c.commonFlags.register(fs)
	fs.StringVar(&c.nomenclature, "nomenclature", filepath.Join(synth.DefaultDataDir, "harmonized-system.csv"), "HS 2022 nomenclature (harmonized-system.csv)")
	fs.StringVar(&c.model, "model", "", "model file (default <data-dir>/hs/model.bin)")
	fs.Uint64Var(&c.seed, "seed", 1, "training seed (equal seeds give equal models)")
	fs.BoolVar(&c.cold, "cold", false, "train: nomenclature and terms only, ignore past declarations")
	fs.BoolVar(&c.noTerms, "no-terms", false, "train: leave out the built-in commercial-name terms (ablation)")
	fs.Float64Var(&c.denseWeight, "dense-weight", 0, "train: weight of the dense LSA similarity in the score (0: off; see docs/hs.md)")
	fs.IntVar(&c.denseDim, "dense-dim", 0, "train: LSA dimension when --dense-weight > 0 (0: default 96)")
	fs.StringVar(&c.until, "until", "", "train: only declarations dated before this day (YYYY-MM-DD)")
	fs.StringVar(&c.file, "file", filepath.Join("analytics", "hs", "testdata", "eval.csv"), "eval: labelled CSV (description,hs6[,language,note])")
	fs.StringVar(&c.split, "split", "all", "eval: all, dev (even rows) or test (odd rows)")
	fs.IntVar(&c.k, "k", 5, "recommend: candidates to show")
	fs.StringVar(&c.misdeclared, "misdeclared", "", "mismatch-eval: JSON file listing known misdeclared declarations ({\"hs_misdeclared\":[{\"declaration\":\"Declaration:ID\"}]}, as the demo's ground_truth.json)")
}

func (c *hsConfig) modelPath() string {
	if c.model != "" {
		return c.model
	}
	return hsModelFile(c.dataDir)
}

// hsModelFile is the HS model's default place in a data directory.
func hsModelFile(dataDir string) string { return filepath.Join(dataDir, "hs", "model.bin") }

const hsUsage = `usage: borderlens hs <train|eval|recommend|score|mismatch-eval> [flags] [DESCRIPTION...]

  train          learn from the nomenclature, the built-in commercial terms and the store's past
                 declarations; write the model file
  eval           top-1/top-5 accuracy at 2/4/6 digits and latency on a labelled CSV
  recommend      print the top-k HS 2022 subheadings for a description
  score          write hsRecommended/hsMismatch/hsDeclaredRank on declarations and trader roll-ups
  mismatch-eval  ROC AUC and flag rates of the stored hsMismatch against known misdeclarations`

// runHS dispatches the hs subcommands.
func runHS(ctx context.Context, args []string, getenv func(string) string, stdout, stderr io.Writer) error {
	sub, fs, rest, err := subcommand("hs", hsUsage, args, stdout, stderr)
	if err != nil {
		return err
	}
	var cfg hsConfig
	cfg.register(fs)
	if err := parseFlags(fs, rest, getenv); err != nil {
		return err
	}
	log, err := cfg.logger(stderr)
	if err != nil {
		return err
	}
	switch sub {
	case "train":
		store, err := openStore(ctx, cfg.dataDir, getenv, log)
		if err != nil {
			return fmt.Errorf("hs train: %w", err)
		}
		defer store.Close()
		_, err = hsTrain(ctx, store, cfg, stdout, log)
		return err
	case "eval":
		return hsEval(cfg, stdout)
	case "mismatch-eval":
		if cfg.misdeclared == "" {
			return errors.New("hs mismatch-eval: give --misdeclared FILE")
		}
		store, err := openStore(ctx, cfg.dataDir, getenv, log)
		if err != nil {
			return fmt.Errorf("hs mismatch-eval: %w", err)
		}
		defer store.Close()
		return hsMismatchEval(ctx, store, cfg.misdeclared, stdout)
	case "recommend":
		m, err := hs.LoadFile(cfg.modelPath())
		if err != nil {
			return fmt.Errorf("hs recommend: %w", err)
		}
		desc := strings.Join(fs.Args(), " ")
		if strings.TrimSpace(desc) == "" {
			return errors.New("hs recommend: give a goods description")
		}
		for i, c := range m.Recommend(desc, cfg.k) {
			fmt.Fprintf(stdout, "%d. %s  p=%.3f  heading %s (p=%.3f)  chapter %s (p=%.3f)  %s\n", i+1, c.Code, c.Probability, c.Heading, c.HeadingProbability, c.Chapter, c.ChapterProbability, c.Description)
		}
		return nil
	case "score":
		m, err := hs.LoadFile(cfg.modelPath())
		if err != nil {
			return fmt.Errorf("hs score: %w", err)
		}
		store, err := openStore(ctx, cfg.dataDir, getenv, log)
		if err != nil {
			return fmt.Errorf("hs score: %w", err)
		}
		defer store.Close()
		return hsScore(ctx, store, m, stdout, log)
	}
	return fmt.Errorf("hs: unknown subcommand %q\n%s", sub, hsUsage)
}

// hsTrain trains on the nomenclature and (unless cold) the store's past
// declarations, and saves the model.
func hsTrain(ctx context.Context, store graph.Store, cfg hsConfig, stdout io.Writer, log zerolog.Logger) (*hs.Model, error) {
	nom, err := hs.LoadNomenclature(cfg.nomenclature)
	if err != nil {
		return nil, fmt.Errorf("hs train: %w", err)
	}
	var ex []hs.Example
	if !cfg.cold {
		var o hs.CollectOptions
		if cfg.until != "" {
			if o.Until, err = time.Parse("2006-01-02", cfg.until); err != nil {
				return nil, fmt.Errorf("hs train: until: %w", err)
			}
		}
		var crep hs.CollectReport
		ex, crep, err = hs.CollectExamples(ctx, store, nom, o)
		if err != nil {
			return nil, fmt.Errorf("hs train: %w", err)
		}
		log.Info().Int("declarations", crep.Declarations).Int("examples", crep.Examples).Int("truncated", crep.Truncated).
			Int("mapped", crep.Mapped).Int("ambiguous", crep.Ambiguous).Int("unknown", crep.Unknown).Int("invalid", crep.Invalid).Msg("hs examples collected")
	}
	start := time.Now()
	m, rep, err := hs.Train(ctx, nom, ex, hs.TrainOptions{Seed: cfg.seed, NoTerms: cfg.noTerms, DenseWeight: cfg.denseWeight, DenseDim: cfg.denseDim})
	if err != nil {
		return nil, fmt.Errorf("hs train: %w", err)
	}
	if err := m.SaveFile(cfg.modelPath()); err != nil {
		return nil, fmt.Errorf("hs train: %w", err)
	}
	fmt.Fprintf(stdout, "hs train: model %s: %d examples, %d terms, %d features, heading weight %.2f, chapter weight %.2f, T=%.3f, hold-out top-1 %.3f top-5 %.3f, mismatch calibration %.3f/%.3f/%.2f, %v -> %s\n",
		rep.Version, rep.Examples, rep.Terms, rep.Features, rep.HeadingW, rep.ChapterW, rep.Temperature, rep.HoldoutTop1, rep.HoldoutTop5,
		rep.Calibration[0], rep.Calibration[1], rep.Calibration[2], time.Since(start).Round(time.Millisecond), cfg.modelPath())
	return m, nil
}

// hsEval evaluates the model file on a labelled CSV.
func hsEval(cfg hsConfig, stdout io.Writer) error {
	m, err := hs.LoadFile(cfg.modelPath())
	if err != nil {
		return fmt.Errorf("hs eval: %w", err)
	}
	f, err := os.Open(cfg.file)
	if err != nil {
		return fmt.Errorf("hs eval: %w", err)
	}
	defer f.Close()
	rows, err := hs.ReadLabelled(f, cfg.file)
	if err != nil {
		return fmt.Errorf("hs eval: %w", err)
	}
	var ex []hs.Example
	for i, r := range rows {
		if cfg.split == "all" || (cfg.split == "dev" && i%2 == 0) || (cfg.split == "test" && i%2 == 1) {
			ex = append(ex, r.Example)
		}
	}
	if len(ex) == 0 {
		return fmt.Errorf("hs eval: no rows for split %q", cfg.split)
	}
	mt := hs.Evaluate(m, ex)
	// Latency: one Recommend(k=5) per row, on this goroutine (one core).
	start := time.Now()
	const reps = 3
	for range reps {
		for _, e := range ex {
			m.Recommend(e.Description, 5)
		}
	}
	per := time.Since(start) / time.Duration(reps*len(ex))
	fmt.Fprintf(stdout, "hs eval %s (%s, n=%d) model %s\n", cfg.file, cfg.split, mt.N, m.Version())
	fmt.Fprintf(stdout, "  top-1  2d %.3f  4d %.3f  6d %.3f\n", mt.Top1[0], mt.Top1[1], mt.Top1[2])
	fmt.Fprintf(stdout, "  top-5  2d %.3f  4d %.3f  6d %.3f\n", mt.Top5[0], mt.Top5[1], mt.Top5[2])
	fmt.Fprintf(stdout, "  MRR %.3f  NLL %.3f  ECE %.3f  latency %v/description\n", mt.MRR, mt.NLL, mt.ECE, per)
	// Top-5 at 6 digits by language of the description.
	byLang := map[string][]hs.Example{}
	var langs []string
	for i, r := range rows {
		if cfg.split == "all" || (cfg.split == "dev" && i%2 == 0) || (cfg.split == "test" && i%2 == 1) {
			if byLang[r.Language] == nil {
				langs = append(langs, r.Language)
			}
			byLang[r.Language] = append(byLang[r.Language], r.Example)
		}
	}
	sort.Strings(langs)
	fmt.Fprint(stdout, "  top-5 6d by language:")
	for _, l := range langs {
		fmt.Fprintf(stdout, "  %s %.3f (n=%d)", cmp.Or(l, "?"), hs.Evaluate(m, byLang[l]).Top5[2], len(byLang[l]))
	}
	fmt.Fprintln(stdout)
	return nil
}

// hsMismatchEval compares the stored hsMismatch of every scored
// declaration with a list of known misdeclarations.
func hsMismatchEval(ctx context.Context, store graph.Store, path string, stdout io.Writer) error {
	raw, err := os.ReadFile(path)
	if err != nil {
		return fmt.Errorf("hs mismatch-eval: %w", err)
	}
	var truth struct {
		Misdeclared []struct {
			Declaration string `json:"declaration"`
		} `json:"hs_misdeclared"`
	}
	if err := json.Unmarshal(raw, &truth); err != nil {
		return graph.Errorf(graph.EINVALID, "hs mismatch-eval: %s: %v", path, err)
	}
	known := map[string]bool{}
	for _, m := range truth.Misdeclared {
		known[m.Declaration] = true
	}
	var scores []float64
	var labels []bool
	err = store.ScanNodes(ctx, []graph.Kind{graph.KindDeclaration}, func(n graph.Node) error {
		if v, ok := n.Props.Float(graph.PropHSMismatch); ok {
			scores = append(scores, v)
			labels = append(labels, known[n.Key.String()])
		}
		return nil
	})
	if err != nil {
		return fmt.Errorf("hs mismatch-eval: %w", err)
	}
	mm := hs.EvaluateMismatch(scores, labels)
	fmt.Fprintf(stdout, "hs mismatch-eval: %d scored declarations, %d known misdeclared (%d listed)\n", mm.N, mm.Misdeclared, len(known))
	fmt.Fprintf(stdout, "  ROC AUC %.4f  precision at the misdeclared rate %.3f  honest >= 0.5 %.4f  misdeclared >= 0.5 %.3f  precision >= 0.5 %.3f\n",
		mm.AUC, mm.PrecisionAtRate, mm.HonestFlagged, mm.MisdeclaredFlagged, mm.FlaggedPrecision)
	return nil
}

// hsScore writes the HS scores and roll-ups into the store.
func hsScore(ctx context.Context, store graph.Store, m *hs.Model, stdout io.Writer, log zerolog.Logger) error {
	start := time.Now()
	rep, err := hs.ScoreStore(ctx, store, m, hs.ScoreOptions{})
	if err != nil {
		return fmt.Errorf("hs score: %w", err)
	}
	log.Info().Str("model", rep.Model).Int("scored", rep.Scored).Int("flagged", rep.Flagged).Int("traders", rep.Traders).Msg("hs scores written")
	fmt.Fprintf(stdout, "hs score: model %s: %d of %d declarations scored, %d flagged (hsMismatch >= 0.5), %d truncated, %d mapped, %d unknown, %d unreadable; %d traders; %v\n",
		rep.Model, rep.Scored, rep.Declarations, rep.Flagged, rep.Truncated, rep.Mapped, rep.Unknown, rep.Invalid, rep.Traders, time.Since(start).Round(time.Millisecond))
	return nil
}

// demoHS trains the HS model on the nomenclature in sharedData and the
// demo's described declarations, saves it under dataDir and scores the
// declarations.
func demoHS(ctx context.Context, store graph.Store, dataDir, sharedData string, seed uint64, stdout io.Writer, log zerolog.Logger) error {
	cfg := hsConfig{nomenclature: filepath.Join(sharedData, "harmonized-system.csv"), seed: seed}
	cfg.dataDir = dataDir
	m, err := hsTrain(ctx, store, cfg, stdout, log)
	if err != nil {
		return err
	}
	return hsScore(ctx, store, m, stdout, log)
}

// loadHSModel loads <dataDir>/hs/model.bin for the server; without one the
// HS fields answer "unavailable".
func loadHSModel(dataDir string, log zerolog.Logger) *hs.Model {
	path := hsModelFile(dataDir)
	m, err := hs.LoadFile(path)
	if err != nil {
		if errors.Is(err, os.ErrNotExist) {
			log.Info().Str("path", path).Msg("no HS model: run 'borderlens hs train'")
		} else {
			log.Warn().Err(err).Str("path", path).Msg("HS model not loaded")
		}
		return nil
	}
	log.Info().Str("model", m.Version()).Msg("HS model loaded")
	return m
}
