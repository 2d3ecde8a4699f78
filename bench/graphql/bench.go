package main

import (
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"math"
	"net/http"
	"os"
	"slices"
	"strconv"
	"strings"
	"text/tabwriter"
	"time"
)

// benchConfig is the configuration of the run command.
type benchConfig struct {
	endpoints
	duration, warmup time.Duration
	concurrency      string
	rounds           int
	queries          string
	oursPID          int
	theirsPID        int
	neo4jPID         int
	out              string
}

func runBench(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("run", flag.ContinueOnError)
	fs.SetOutput(stderr)
	var cfg benchConfig
	cfg.register(fs)
	fs.DurationVar(&cfg.duration, "duration", 15*time.Second, "timed phase of each cell")
	fs.DurationVar(&cfg.warmup, "warmup", 3*time.Second, "untimed warm-up before each cell")
	fs.StringVar(&cfg.concurrency, "concurrency", "1,8", "comma-separated worker counts")
	fs.IntVar(&cfg.rounds, "rounds", 1, "times to repeat the whole grid (order of servers alternates)")
	fs.StringVar(&cfg.queries, "queries", querySubgraph+","+queryRisk, "comma-separated queries to time")
	fs.IntVar(&cfg.oursPID, "ours-pid", 0, "pid of the BorderLens server (CPU per request)")
	fs.IntVar(&cfg.theirsPID, "theirs-pid", 0, "pid of the @neo4j/graphql server (CPU per request)")
	fs.IntVar(&cfg.neo4jPID, "neo4j-pid", 0, "pid of the Neo4j JVM (CPU per request)")
	fs.StringVar(&cfg.out, "out", "", "also write every cell as JSON lines to this file")
	if err := fs.Parse(args); err != nil {
		return err
	}
	centers, err := cfg.centerList()
	if err != nil {
		return err
	}
	var concs []int
	for s := range strings.SplitSeq(cfg.concurrency, ",") {
		n, err := strconv.Atoi(strings.TrimSpace(s))
		if err != nil || n < 1 {
			return fmt.Errorf("-concurrency: bad worker count %q", s)
		}
		concs = append(concs, n)
	}
	queries := strings.Split(cfg.queries, ",")
	for _, q := range queries {
		if q != querySubgraph && q != queryRisk {
			return fmt.Errorf("-queries: unknown query %q", q)
		}
	}
	if cfg.rounds < 1 {
		return fmt.Errorf("-rounds must be at least 1")
	}

	client := &http.Client{
		Timeout: time.Minute,
		Transport: &http.Transport{
			MaxIdleConns:        2 * slices.Max(concs),
			MaxIdleConnsPerHost: slices.Max(concs),
			IdleConnTimeout:     90 * time.Second,
		},
	}
	fmt.Fprintf(stdout, "verifying answers for %d centres (limit %d)\n", len(centers), cfg.limit)
	if err := verify(ctx, client, cfg.endpoints, centers, queries, stdout); err != nil {
		return err
	}

	targets := map[string]target{}
	for _, q := range queries {
		for _, srv := range []string{serverOurs, serverTheirs} {
			t := target{Server: srv, Query: q, URL: cfg.ours}
			if srv == serverTheirs {
				t.URL = cfg.theirs
			}
			for _, c := range centers {
				b, err := body(srv, q, c, cfg.limit)
				if err != nil {
					return err
				}
				t.Bodies = append(t.Bodies, b)
			}
			targets[srv+" "+q] = t
		}
	}
	pids := map[string]int{serverOurs: cfg.oursPID, serverTheirs: cfg.theirsPID}

	var out *json.Encoder
	if cfg.out != "" {
		f, err := os.Create(cfg.out)
		if err != nil {
			return fmt.Errorf("-out: %w", err)
		}
		defer f.Close()
		out = json.NewEncoder(f)
	}
	cells := len(concs) * len(queries) * 2 * cfg.rounds
	fmt.Fprintf(stdout, "\n%d cells of %s after %s warm-up each (about %s)\n", cells, cfg.duration, cfg.warmup,
		(time.Duration(cells) * (cfg.duration + cfg.warmup)).Round(time.Second))
	var results []cell
	for round := 1; round <= cfg.rounds; round++ {
		for _, conc := range concs {
			for _, q := range queries {
				order := []string{serverOurs, serverTheirs}
				if round%2 == 0 {
					slices.Reverse(order)
				}
				for _, srv := range order {
					t := targets[srv+" "+q]
					closedLoop(ctx, client, t, conc, cfg.warmup)
					srvCPU, neoCPU := cpuSeconds(pids[srv]), cpuSeconds(cfg.neo4jPID)
					s := closedLoop(ctx, client, t, conc, cfg.duration)
					srvCPU, neoCPU = cpuSeconds(pids[srv])-srvCPU, cpuSeconds(cfg.neo4jPID)-neoCPU
					if ctx.Err() != nil {
						return ctx.Err()
					}
					c := cell{Server: srv, Query: q, Concurrency: conc, Round: round}
					summarize(&c, s)
					c.ServerCPUPerReq, c.Neo4jCPUPerReq = math.NaN(), math.NaN()
					if c.Requests > 0 {
						c.ServerCPUPerReq = srvCPU / float64(c.Requests)
						c.Neo4jCPUPerReq = neoCPU / float64(c.Requests)
					}
					fmt.Fprintf(stdout, "  round %d c=%d %-13s %-13s %7.1f req/s  p50 %s  p99 %s  errors %d\n",
						round, conc, srv, q, c.RPS, ms(c.P50), ms(c.P99), c.Errors)
					if out != nil {
						j := c
						if math.IsNaN(j.ServerCPUPerReq) || math.IsNaN(j.Neo4jCPUPerReq) {
							j.ServerCPUPerReq, j.Neo4jCPUPerReq = -1, -1
						}
						if err := out.Encode(j); err != nil {
							return fmt.Errorf("-out: %w", err)
						}
					}
					results = append(results, c)
				}
			}
		}
	}
	fmt.Fprintln(stdout)
	return report(stdout, results, cfg)
}

// ms formats a duration in milliseconds.
func ms(d time.Duration) string { return strconv.FormatFloat(float64(d)/1e6, 'f', 1, 64) + " ms" }

// cpuMS formats CPU seconds per request in milliseconds, "-" when unknown.
func cpuMS(s float64) string {
	if math.IsNaN(s) {
		return "-"
	}
	return strconv.FormatFloat(s*1e3, 'f', 2, 64)
}

// merged pools the rounds of one (server, query, concurrency).
func merged(cells []cell, srv, q string, conc int) (cell, []float64) {
	m := cell{Server: srv, Query: q, Concurrency: conc}
	var all []time.Duration
	var srvCPU, neoCPU float64
	var rps []float64
	for _, c := range cells {
		if c.Server != srv || c.Query != q || c.Concurrency != conc {
			continue
		}
		all = append(all, c.lat...)
		m.Errors += c.Errors
		if m.FirstErr == "" {
			m.FirstErr = c.FirstErr
		}
		m.Elapsed += c.Elapsed
		srvCPU += c.ServerCPUPerReq * float64(c.Requests)
		neoCPU += c.Neo4jCPUPerReq * float64(c.Requests)
		rps = append(rps, c.RPS)
	}
	summarize(&m, sample{Latencies: all, Errors: m.Errors, FirstErr: m.FirstErr, Elapsed: m.Elapsed})
	m.ServerCPUPerReq, m.Neo4jCPUPerReq = math.NaN(), math.NaN()
	if m.Requests > 0 {
		m.ServerCPUPerReq, m.Neo4jCPUPerReq = srvCPU/float64(m.Requests), neoCPU/float64(m.Requests)
	}
	return m, rps
}

// report prints the table of every (server, query, concurrency), rounds
// pooled, and the ratios ours/theirs.
func report(w io.Writer, cells []cell, cfg benchConfig) error {
	var concs []int
	var queries []string
	for _, c := range cells {
		if !slices.Contains(concs, c.Concurrency) {
			concs = append(concs, c.Concurrency)
		}
		if !slices.Contains(queries, c.Query) {
			queries = append(queries, c.Query)
		}
	}
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', tabwriter.AlignRight)
	fmt.Fprintf(tw, "server\tquery\tconc\treq/s\treq/s by round\tp50 ms\tp99 ms\tmax ms\terrors\tsrv cpu ms/req\tneo4j cpu ms/req\t\n")
	type key struct {
		q string
		c int
	}
	mc := map[key][2]cell{}
	for _, q := range queries {
		for _, conc := range concs {
			var pair [2]cell
			for i, srv := range []string{serverOurs, serverTheirs} {
				m, rps := merged(cells, srv, q, conc)
				pair[i] = m
				var byRound []string
				for _, r := range rps {
					byRound = append(byRound, strconv.FormatFloat(r, 'f', 1, 64))
				}
				fmt.Fprintf(tw, "%s\t%s\t%d\t%.1f\t%s\t%.1f\t%.1f\t%.1f\t%d\t%s\t%s\t\n", srv, q, conc, m.RPS,
					strings.Join(byRound, " "), float64(m.P50)/1e6, float64(m.P99)/1e6, float64(m.Max)/1e6,
					m.Errors, cpuMS(m.ServerCPUPerReq), cpuMS(m.Neo4jCPUPerReq))
			}
			mc[key{q, conc}] = pair
		}
	}
	if err := tw.Flush(); err != nil {
		return err
	}
	fmt.Fprintf(w, "\nratios ours/theirs (req/s: higher is better for ours; p50, p99, CPU: lower is better for ours)\n")
	tw = tabwriter.NewWriter(w, 0, 0, 2, ' ', tabwriter.AlignRight)
	fmt.Fprintf(tw, "query\tconc\treq/s\tp50\tp99\tsrv+neo4j cpu/req\tp99 lower?\t\n")
	for _, q := range queries {
		for _, conc := range concs {
			p := mc[key{q, conc}]
			a, b := p[0], p[1]
			cpu := "-"
			if ca, cb := a.ServerCPUPerReq+a.Neo4jCPUPerReq, b.ServerCPUPerReq+b.Neo4jCPUPerReq; !math.IsNaN(ca) && !math.IsNaN(cb) && cb > 0 {
				cpu = fmt.Sprintf("%.2f", ca/cb)
			}
			fmt.Fprintf(tw, "%s\t%d\t%s\t%s\t%s\t%s\t%v\t\n", q, conc,
				ratio(a.RPS, b.RPS), ratio(float64(a.P50), float64(b.P50)), ratio(float64(a.P99), float64(b.P99)),
				cpu, a.P99 < b.P99)
		}
	}
	if err := tw.Flush(); err != nil {
		return err
	}
	for _, c := range cells {
		if c.FirstErr != "" {
			fmt.Fprintf(w, "first error of %s %s c=%d round %d: %s\n", c.Server, c.Query, c.Concurrency, c.Round, c.FirstErr)
		}
	}
	fmt.Fprintf(w, "\n%d centres, limit %d, %s timed + %s warm-up per cell, %d round(s); closed loop, plain JSON POST\n",
		len(strings.Split(cfg.centers, ",")), cfg.limit, cfg.duration, cfg.warmup, cfg.rounds)
	return nil
}

// ratio formats a/b with two decimals, "-" when b is zero.
func ratio(a, b float64) string {
	if b == 0 {
		return "-"
	}
	return fmt.Sprintf("%.2f", a/b)
}
