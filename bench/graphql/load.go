package main

import (
	"bytes"
	"context"
	"fmt"
	"io"
	"math"
	"net/http"
	"os"
	"slices"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"time"
)

// target is one (server, query) pair with its request bodies, one per
// centre, in the centre order shared by both servers.
type target struct {
	Server string
	Query  string
	URL    string
	Bodies [][]byte
}

// post sends one body and returns the answer's data member.
func post(ctx context.Context, c *http.Client, url string, b []byte) ([]byte, error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, url, bytes.NewReader(b))
	if err != nil {
		return nil, fmt.Errorf("build request: %w", err)
	}
	req.Header.Set("Content-Type", "application/json")
	req.Header.Set("Accept", "application/json")
	resp, err := c.Do(req)
	if err != nil {
		return nil, fmt.Errorf("post %s: %w", url, err)
	}
	defer resp.Body.Close()
	out, err := io.ReadAll(resp.Body)
	if err != nil {
		return nil, fmt.Errorf("read answer of %s: %w", url, err)
	}
	if resp.StatusCode != http.StatusOK {
		return nil, fmt.Errorf("post %s: status %d: %.200s", url, resp.StatusCode, out)
	}
	data, err := check(out)
	if err != nil {
		return nil, fmt.Errorf("post %s: %w", url, err)
	}
	return data, nil
}

// sample is the outcome of a timed phase of one cell.
type sample struct {
	Latencies []time.Duration // successful requests, unsorted
	Errors    int
	FirstErr  string
	Elapsed   time.Duration
}

// closedLoop runs conc workers, each sending the next body (a shared
// counter walks the bodies in order) and waiting for the answer, until
// the deadline passes; requests started before it are awaited and
// counted. Latency is measured from before the request is built to after
// the answer is decoded.
func closedLoop(ctx context.Context, c *http.Client, t target, conc int, d time.Duration) sample {
	var (
		next     atomic.Int64
		mu       sync.Mutex
		out      sample
		wg       sync.WaitGroup
		start    = time.Now()
		deadline = start.Add(d)
	)
	for range conc {
		wg.Add(1)
		go func() {
			defer wg.Done()
			var lat []time.Duration
			var errs int
			var first string
			for ctx.Err() == nil && time.Now().Before(deadline) {
				i := next.Add(1) - 1
				b := t.Bodies[int(i%int64(len(t.Bodies)))]
				t0 := time.Now()
				_, err := post(ctx, c, t.URL, b)
				if err != nil {
					if ctx.Err() != nil {
						break
					}
					errs++
					if first == "" {
						first = err.Error()
					}
					continue
				}
				lat = append(lat, time.Since(t0))
			}
			mu.Lock()
			out.Latencies = append(out.Latencies, lat...)
			out.Errors += errs
			if out.FirstErr == "" {
				out.FirstErr = first
			}
			mu.Unlock()
		}()
	}
	wg.Wait()
	out.Elapsed = time.Since(start)
	return out
}

// quantile returns the nearest-rank q-quantile (0 < q <= 1) of sorted
// durations: the smallest sample with at least q of all samples at or
// below it. It returns 0 for no samples.
func quantile(sorted []time.Duration, q float64) time.Duration {
	if len(sorted) == 0 {
		return 0
	}
	i := int(math.Ceil(q*float64(len(sorted)))) - 1
	return sorted[min(max(i, 0), len(sorted)-1)]
}

// cell is one measured (server, query, concurrency, round).
type cell struct {
	Server      string        `json:"server"`
	Query       string        `json:"query"`
	Concurrency int           `json:"concurrency"`
	Round       int           `json:"round"`
	Requests    int           `json:"requests"`
	Errors      int           `json:"errors"`
	FirstErr    string        `json:"firstError,omitempty"`
	Elapsed     time.Duration `json:"elapsedNs"`
	RPS         float64       `json:"rps"`
	P50         time.Duration `json:"p50Ns"`
	P99         time.Duration `json:"p99Ns"`
	Max         time.Duration `json:"maxNs"`
	// CPU seconds the server process and Neo4j used during the timed
	// phase, per successful request (NaN when the pid is not known).
	ServerCPUPerReq float64 `json:"serverCpuSecPerReq"`
	Neo4jCPUPerReq  float64 `json:"neo4jCpuSecPerReq"`

	lat []time.Duration
}

// summarize fills the statistics of a cell from its sample.
func summarize(c *cell, s sample) {
	c.lat = slices.Clone(s.Latencies)
	slices.Sort(c.lat)
	c.Requests, c.Errors, c.FirstErr, c.Elapsed = len(c.lat), s.Errors, s.FirstErr, s.Elapsed
	if s.Elapsed > 0 {
		c.RPS = float64(len(c.lat)) / s.Elapsed.Seconds()
	}
	c.P50, c.P99 = quantile(c.lat, 0.50), quantile(c.lat, 0.99)
	if len(c.lat) > 0 {
		c.Max = c.lat[len(c.lat)-1]
	}
}

// cpuSeconds returns the user plus system CPU time of a process from
// /proc/PID/stat (fields 14 and 15, in clock ticks of 1/100 s on Linux),
// or NaN when pid is 0 or the file cannot be read.
func cpuSeconds(pid int) float64 {
	if pid <= 0 {
		return math.NaN()
	}
	b, err := os.ReadFile("/proc/" + strconv.Itoa(pid) + "/stat")
	if err != nil {
		return math.NaN()
	}
	s := string(b)
	// The command name (field 2) is in parentheses and may hold spaces.
	i := strings.LastIndexByte(s, ')')
	if i < 0 {
		return math.NaN()
	}
	f := strings.Fields(s[i+1:]) // f[0] is field 3 (state)
	if len(f) < 13 {
		return math.NaN()
	}
	ut, err1 := strconv.ParseFloat(f[11], 64)
	st, err2 := strconv.ParseFloat(f[12], 64)
	if err1 != nil || err2 != nil {
		return math.NaN()
	}
	return (ut + st) / 100
}
