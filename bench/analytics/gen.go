package main

import (
	"bufio"
	"flag"
	"fmt"
	"io"
	"os"

	"github.com/borderlens/borderlens/analytics/csr/csrtest"
)

// gen writes the edge list of a named fixture size to -o.
func gen(args []string, stdout io.Writer) error {
	fs := flag.NewFlagSet("gen", flag.ContinueOnError)
	size := fs.String("size", "bench10k_46k", "fixture name (csrtest.BenchSizes)")
	out := fs.String("o", "", "output file")
	if err := fs.Parse(args); err != nil {
		return err
	}
	s, err := sizeNamed(*size)
	if err != nil {
		return err
	}
	_, edges, err := csrtest.Bench(s)
	if err != nil {
		return err
	}
	f, err := os.Create(*out)
	if err != nil {
		return err
	}
	w := bufio.NewWriterSize(f, 1<<20)
	if err := csrtest.WriteEdgeList(w, edges); err != nil {
		f.Close()
		return err
	}
	if err := w.Flush(); err != nil {
		f.Close()
		return err
	}
	if err := f.Close(); err != nil {
		return err
	}
	fmt.Fprintf(stdout, "%s: %d nodes, %d edges -> %s\n", s.Name, s.N, len(edges), *out)
	return nil
}

func sizeNamed(name string) (csrtest.BenchSize, error) {
	for _, s := range csrtest.BenchSizes() {
		if s.Name == name {
			return s, nil
		}
	}
	return csrtest.BenchSize{}, fmt.Errorf("unknown size %q", name)
}
