package main

import (
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"math"
	"net/http"
	"os"
	"slices"
	"strings"
	"text/tabwriter"
	"time"
)

// endpoints are the flags every command that talks to the servers shares.
type endpoints struct {
	ours, theirs string
	centers      string
	limit        int
}

func (e *endpoints) register(fs *flag.FlagSet) {
	fs.StringVar(&e.ours, "ours", "http://127.0.0.1:7701/graphql", "BorderLens GraphQL endpoint")
	fs.StringVar(&e.theirs, "theirs", "http://127.0.0.1:7702/", "@neo4j/graphql endpoint")
	fs.StringVar(&e.centers, "centers", "", "comma-separated centre keys (Kind:ID)")
	fs.IntVar(&e.limit, "limit", 500, "subgraph node limit sent to both servers")
}

func (e *endpoints) centerList() ([]string, error) {
	var out []string
	for c := range strings.SplitSeq(e.centers, ",") {
		if c = strings.TrimSpace(c); c != "" {
			out = append(out, c)
		}
	}
	if len(out) == 0 {
		return nil, errors.New("-centers: no centre given")
	}
	return out, nil
}

// runCenters prints the trader members of the planted rings, one line,
// comma-separated: the ground truth names them, so they have a risk path.
func runCenters(args []string, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("centers", flag.ContinueOnError)
	fs.SetOutput(stderr)
	gt := fs.String("ground-truth", "", "ground_truth.json of the demo world")
	kind := fs.String("kind", "Trader", "node kind to keep")
	if err := fs.Parse(args); err != nil {
		return err
	}
	b, err := os.ReadFile(*gt)
	if err != nil {
		return fmt.Errorf("centers: %w", err)
	}
	var v struct {
		Rings []struct {
			Members []string `json:"members"`
		} `json:"rings"`
	}
	if err := json.Unmarshal(b, &v); err != nil {
		return fmt.Errorf("centers: %s: %w", *gt, err)
	}
	var out []string
	for _, r := range v.Rings {
		for _, m := range r.Members {
			if strings.HasPrefix(m, *kind+":") {
				out = append(out, m)
			}
		}
	}
	if len(out) == 0 {
		return fmt.Errorf("centers: %s names no %s ring member", *gt, *kind)
	}
	fmt.Fprintln(stdout, strings.Join(out, ","))
	return nil
}

// runWait polls both servers with both queries for the first centre
// until every answer succeeds: BorderLens answers risk profiles only once
// its start-up analytics has finished.
func runWait(ctx context.Context, args []string, stderr io.Writer) error {
	fs := flag.NewFlagSet("wait", flag.ContinueOnError)
	fs.SetOutput(stderr)
	var e endpoints
	e.register(fs)
	timeout := fs.Duration("timeout", 10*time.Minute, "give up after this long")
	if err := fs.Parse(args); err != nil {
		return err
	}
	centers, err := e.centerList()
	if err != nil {
		return err
	}
	ctx, cancel := context.WithTimeout(ctx, *timeout)
	defer cancel()
	c := &http.Client{Timeout: time.Minute}
	var last error
	for {
		last = nil
		for _, srv := range []string{serverOurs, serverTheirs} {
			url := e.ours
			if srv == serverTheirs {
				url = e.theirs
			}
			for _, q := range []string{querySubgraph, queryRisk} {
				b, err := body(srv, q, centers[0], e.limit)
				if err != nil {
					return err
				}
				if _, err := post(ctx, c, url, b); err != nil && last == nil {
					last = fmt.Errorf("%s %s: %w", srv, q, err)
				}
			}
		}
		if last == nil {
			return nil
		}
		select {
		case <-ctx.Done():
			return fmt.Errorf("wait: servers not ready after %s: %w", *timeout, last)
		case <-time.After(2 * time.Second):
		}
	}
}

func runVerify(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("verify", flag.ContinueOnError)
	fs.SetOutput(stderr)
	var e endpoints
	e.register(fs)
	if err := fs.Parse(args); err != nil {
		return err
	}
	centers, err := e.centerList()
	if err != nil {
		return err
	}
	return verify(ctx, &http.Client{Timeout: 2 * time.Minute}, e, centers, []string{querySubgraph, queryRisk}, stdout)
}

// verify asks both servers both queries for every centre, prints what each
// returned and fails when the answers differ where they should not:
// subgraphs must have the same nodes (with distances), relationships and
// truncation; risk profiles the same score, community and path length.
// Which nearest smugglers the paths end at may differ when more than three
// are equally near (ours keeps the strongest routes, theirs the first keys).
func verify(ctx context.Context, c *http.Client, e endpoints, centers, queries []string, w io.Writer) error {
	doSub, doRisk := slices.Contains(queries, querySubgraph), slices.Contains(queries, queryRisk)
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', tabwriter.AlignRight)
	fmt.Fprintln(tw, "centre\tours nodes\tedges\ttrunc\ttheirs nodes\tedges\ttrunc\tsame\t|\tscore\tcommunity\thops\tours paths\ttheirs paths\tsame ends\t")
	var bad []string
	for _, ctr := range centers {
		var sg [2]subgraph
		var pr [2]profile
		for i, srv := range []string{serverOurs, serverTheirs} {
			url := e.ours
			if srv == serverTheirs {
				url = e.theirs
			}
			if doSub {
				b, err := body(srv, querySubgraph, ctr, e.limit)
				if err != nil {
					return err
				}
				data, err := post(ctx, c, url, b)
				if err != nil {
					return fmt.Errorf("verify %s subgraph of %s: %w", srv, ctr, err)
				}
				if sg[i], err = decodeSubgraph(srv, data); err != nil {
					return err
				}
			}
			if doRisk {
				b, err := body(srv, queryRisk, ctr, e.limit)
				if err != nil {
					return err
				}
				data, err := post(ctx, c, url, b)
				if err != nil {
					return fmt.Errorf("verify %s risk profile of %s: %w", srv, ctr, err)
				}
				if pr[i], err = decodeRisk(srv, data); err != nil {
					return err
				}
			}
		}
		same := sameSubgraph(sg[0], sg[1])
		if !same {
			bad = append(bad, ctr+" subgraph")
		}
		scoreOK := math.Abs(pr[0].Score-pr[1].Score) <= 1e-9*max(1, math.Abs(pr[0].Score))
		riskOK := scoreOK && pr[0].Community == pr[1].Community && pr[0].Hops == pr[1].Hops
		if !riskOK {
			bad = append(bad, ctr+" risk profile")
		}
		fmt.Fprintf(tw, "%s\t%d\t%d\t%v\t%d\t%d\t%v\t%v\t|\t%s\t%s\t%s\t%d\t%d\t%v\t\n", ctr,
			len(sg[0].Nodes), len(sg[0].Edges), sg[0].Truncated,
			len(sg[1].Nodes), len(sg[1].Edges), sg[1].Truncated, same,
			pair(fmt.Sprintf("%.4f", pr[0].Score), fmt.Sprintf("%.4f", pr[1].Score)),
			pair(fmt.Sprint(pr[0].Community), fmt.Sprint(pr[1].Community)),
			pair(fmt.Sprint(pr[0].Hops), fmt.Sprint(pr[1].Hops)),
			len(pr[0].Paths), len(pr[1].Paths), sameEnds(pr[0].Paths, pr[1].Paths))
	}
	if err := tw.Flush(); err != nil {
		return err
	}
	if len(bad) > 0 {
		return fmt.Errorf("verify: answers differ: %s", strings.Join(bad, ", "))
	}
	return nil
}

// pair prints one value when both sides agree, else "ours/theirs".
func pair(a, b string) string {
	if a == b {
		return a
	}
	return a + "/" + b
}

// sameSubgraph reports whether two answers hold the same nodes at the same
// distances, the same relationships and the same truncation flag.
func sameSubgraph(a, b subgraph) bool {
	nodes := func(s subgraph) []string {
		var out []string
		for _, n := range s.Nodes {
			out = append(out, fmt.Sprintf("%d %s", n.Distance, n.key()))
		}
		slices.Sort(out)
		return out
	}
	edges := func(s subgraph) []string {
		var out []string
		for _, l := range s.Edges {
			out = append(out, l.From+" "+l.Kind+" "+l.To)
		}
		slices.Sort(out)
		return out
	}
	return a.Truncated == b.Truncated && slices.Equal(nodes(a), nodes(b)) && slices.Equal(edges(a), edges(b))
}

// sameEnds reports whether both path lists end at the same smugglers.
func sameEnds(a, b [][]string) bool {
	ends := func(ps [][]string) []string {
		var out []string
		for _, p := range ps {
			if len(p) > 0 {
				out = append(out, p[len(p)-1])
			}
		}
		slices.Sort(out)
		return out
	}
	return slices.Equal(ends(a), ends(b))
}
