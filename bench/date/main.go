// Command date-bench trains and evaluates the DATE model and its GBDT-only
// baseline on a train and a validation declarations CSV (KCS or BACUDA
// layout) and prints Precision/Recall/Revenue@n % and AUC side by side.
// It is the glue between ingest (CSV reading) and analytics/date, which
// must not import ingest.
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"time"

	"github.com/borderlens/borderlens/graph"
	"github.com/borderlens/borderlens/ingest"
	"github.com/borderlens/borderlens/ingest/resolve"
)

func main() {
	if err := run(context.Background(), os.Args[1:], os.Stdout); err != nil {
		fmt.Fprintln(os.Stderr, "date-bench:", err)
		os.Exit(1)
	}
}

// readDeclarations reads every declaration of a KCS/BACUDA CSV.
func readDeclarations(path string) ([]graph.Declaration, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	res, err := resolve.New(resolve.Options{})
	if err != nil {
		return nil, err
	}
	dec, err := ingest.NewDecoder(f, ingest.FormatAuto, ingest.DecoderOptions{Name: path, Resolver: res})
	if err != nil {
		return nil, err
	}
	var out []graph.Declaration
	for {
		fr, err := dec.Next()
		if errors.Is(err, io.EOF) {
			return out, nil
		}
		if err != nil {
			return nil, err
		}
		if fr.Reject != nil {
			return nil, fr.Reject
		}
		for _, n := range fr.Batch.Nodes {
			if n.Key.Kind == graph.KindDeclaration {
				d := graph.DeclarationFromNode(n)
				d.Extra = graph.Props{}
				for k, v := range n.Props {
					d.Extra[k] = v
				}
				out = append(out, d)
			}
		}
	}
}

func run(ctx context.Context, args []string, w io.Writer) error {
	fs := flag.NewFlagSet("date-bench", flag.ContinueOnError)
	train := fs.String("train", "/work/shared/data/df_syn_train_eng.csv", "training declarations CSV")
	valid := fs.String("valid", "/work/shared/data/df_syn_valid_eng.csv", "validation declarations CSV")
	seed := fs.Uint64("seed", 1, "random seed")
	which := fs.String("only", "", "run only the variants whose name contains this")
	if err := fs.Parse(args); err != nil {
		return err
	}
	t0 := time.Now()
	tr, err := readDeclarations(*train)
	if err != nil {
		return fmt.Errorf("read train: %w", err)
	}
	va, err := readDeclarations(*valid)
	if err != nil {
		return fmt.Errorf("read valid: %w", err)
	}
	fmt.Fprintf(w, "read %d train, %d valid declarations in %v\n", len(tr), len(va), time.Since(t0).Round(time.Millisecond))
	return bench(ctx, w, tr, va, *seed, *which)
}
