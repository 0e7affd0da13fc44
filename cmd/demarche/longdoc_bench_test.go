package main

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"math"
	"math/rand"
	"os"
	"path/filepath"
	"runtime"
	"runtime/debug"
	"strconv"
	"strings"
	"testing"
)

// longDocument writes a JSON line holding one document of just under size bytes
// of news-like text, in the project's own words: a few actors meeting,
// praising, criticising and warning each other, with dates and numbers,
// paragraphs of five sentences. Most sentences hold an event, some two.
func longDocument(tb testing.TB, dir string, size int) string {
	tb.Helper()
	r := rand.New(rand.NewSource(int64(size)))
	actors := []string{"North Korea", "Russia", "China", "the United States", "South Korea", "Japan", "the foreign minister of North Korea",
		"the Russian ambassador", "a Chinese delegation", "the Japanese government", "Pyongyang", "Moscow", "Seoul", "Washington"}
	acts := []string{"met %s in the capital", "praised %s for its support", "criticized %s over the military drills", "sent a message of greetings to %s",
		"warned %s against further provocations", "signed an agreement on trade with %s", "thanked %s for the aid", "accused %s of hostile acts"}
	fillers := []string{"Officials said the talks would go on next month.", "The statement ran to several pages.",
		"Crowds gathered in the square as the rain stopped.", "Figures released on day %d showed a rise of %d percent."}
	var b strings.Builder
	b.Grow(size + 256)
	for i := 0; b.Len() < size-1024; i++ {
		if i%3 == 2 {
			fmt.Fprintf(&b, fillers[r.Intn(len(fillers))], r.Intn(365), r.Intn(90))
		} else {
			a, o := actors[r.Intn(len(actors))], actors[r.Intn(len(actors))]
			s := a + " " + fmt.Sprintf(acts[r.Intn(len(acts))], o)
			b.WriteString(strings.ToUpper(s[:1]) + s[1:] + " on day " + strconv.Itoa(i) + ".")
		}
		if i%5 == 4 {
			b.WriteString("\n\n")
		} else {
			b.WriteByte(' ')
		}
	}
	rec, err := json.Marshal(map[string]string{"id": "long-" + strconv.Itoa(size), "date": "2024-06-01", "source": "KCNA", "title": "A long report", "text": b.String()})
	if err != nil {
		tb.Fatal(err)
	}
	path := filepath.Join(dir, "long.jsonl")
	if err := os.WriteFile(path, append(rec, '\n'), 0o644); err != nil {
		tb.Fatal(err)
	}
	return path
}

// peakRSS returns the process's peak resident memory since the last
// resetPeak, in bytes (Linux), or 0.
func peakRSS() float64 {
	b, err := os.ReadFile("/proc/self/status")
	if err != nil {
		return 0
	}
	for _, l := range strings.Split(string(b), "\n") {
		if f := strings.Fields(l); len(f) >= 2 && f[0] == "VmHWM:" {
			kb, _ := strconv.ParseFloat(f[1], 64)
			return kb * 1024
		}
	}
	return 0
}

// resetPeak frees what the heap does not use and resets the peak resident
// memory to the current one.
func resetPeak() {
	runtime.GC()
	debug.FreeOSMemory()
	os.WriteFile("/proc/self/clear_refs", []byte("5"), 0)
}

// BenchmarkIngestLongDocument ingests one document of 1, 5 and 8 MB into a
// new SQLite store, in-process, as `demarche ingest` does (with its
// garbage-collector settings), and reports the peak resident memory of the
// process: the target is under 500 MB for 8 MB.
func BenchmarkIngestLongDocument(b *testing.B) {
	if _, err := os.Stat("/proc/self/clear_refs"); err != nil {
		b.Skip("measures the peak resident memory with /proc/self/clear_refs (Linux)")
	}
	defer debug.SetGCPercent(debug.SetGCPercent(100))
	defer debug.SetMemoryLimit(debug.SetMemoryLimit(math.MaxInt64))
	for _, mb := range []int{1, 5, 8} {
		b.Run(fmt.Sprintf("%dMB", mb), func(b *testing.B) {
			dir := b.TempDir()
			in := longDocument(b, dir, mb<<20)
			peak := 0.0
			for i := range b.N {
				db := filepath.Join(dir, fmt.Sprintf("long%d.db", i))
				resetPeak()
				b.StartTimer()
				var stderr bytes.Buffer
				env := &Env{Stdin: strings.NewReader(""), Stdout: io.Discard, Stderr: &stderr, Getenv: func(string) string { return "" }}
				code := Run(context.Background(), env, []string{"ingest", "--quiet", "--db", db, in})
				b.StopTimer()
				if code != 0 {
					b.Fatalf("ingest: status %d: %s", code, stderr.String())
				}
				peak = max(peak, peakRSS())
			}
			b.ReportMetric(peak/1e6, "peak-MB")
			b.ReportMetric(float64(mb<<20)*float64(b.N)/b.Elapsed().Seconds()/1e6, "MB/s")
		})
	}
}
