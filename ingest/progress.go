package ingest

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"time"
)

// Summary returns the one-line summary of a run, as printed at its end.
func (s Stats) Summary() string {
	var b strings.Builder
	fmt.Fprintf(&b, "%d documents read: %d added, %d replaced, %d skipped (already stored)", s.Read, s.Added, s.Replaced, s.Skipped+s.Unchanged)
	if s.Duplicates > 0 {
		fmt.Fprintf(&b, ", %d near-duplicates linked", s.Duplicates)
	}
	fmt.Fprintf(&b, "; %d sentences, %d events", s.Sentences, s.Events)
	if s.Failed > 0 {
		fmt.Fprintf(&b, "; %d rejected", s.Failed)
	}
	if s.Elapsed > 0 {
		fmt.Fprintf(&b, "; %s, %.0f documents/s", s.Elapsed.Round(10*time.Millisecond), float64(s.Read)/s.Elapsed.Seconds())
	}
	return b.String()
}

// Progress redraws a one-line progress bar — documents done out of the
// total when it is known, events, rate and time left — on a terminal.
type Progress struct {
	w     io.Writer
	stats func() Stats
	total func() int
	stop  chan struct{}
	done  chan struct{}
	once  sync.Once
	mu    sync.Mutex // held while drawing
}

// StartProgress draws the progress of stats on w every interval until Stop.
// total returns the number of documents to ingest, or 0 while unknown (the
// bar then shows no percentage and no time left).
func StartProgress(w io.Writer, interval time.Duration, stats func() Stats, total func() int) *Progress {
	p := &Progress{w: w, stats: stats, total: total, stop: make(chan struct{}), done: make(chan struct{})}
	go func() {
		defer close(p.done)
		t := time.NewTicker(interval)
		defer t.Stop()
		for {
			select {
			case <-t.C:
				p.mu.Lock()
				fmt.Fprintf(p.w, "\r%s\x1b[K", Bar(p.stats(), p.total(), 24))
				p.mu.Unlock()
			case <-p.stop:
				p.mu.Lock()
				fmt.Fprint(p.w, "\r\x1b[K")
				p.mu.Unlock()
				return
			}
		}
	}()
	return p
}

// Do erases the bar, runs fn (which prints a message on the same terminal)
// and lets the bar be redrawn below it at the next tick. On a nil Progress
// it just runs fn.
func (p *Progress) Do(fn func()) {
	if p == nil {
		fn()
		return
	}
	p.mu.Lock()
	defer p.mu.Unlock()
	fmt.Fprint(p.w, "\r\x1b[K")
	fn()
}

// Stop erases the bar and stops redrawing it.
func (p *Progress) Stop() {
	p.once.Do(func() { close(p.stop) })
	<-p.done
}

// Bar returns the text of a progress bar of width cells for s, with the
// percentage and time left when total (the number of documents) is known.
func Bar(s Stats, total, width int) string {
	done := s.Done()
	rate := 0.0
	if s.Elapsed > 0 {
		rate = float64(done) / s.Elapsed.Seconds()
	}
	var b strings.Builder
	if total > 0 && done <= total {
		full := width * done / total
		fmt.Fprintf(&b, "%s/%s docs [%s%s] %3d%%", group(done), group(total),
			strings.Repeat("=", full), strings.Repeat(" ", width-full), 100*done/total)
	} else {
		fmt.Fprintf(&b, "%s docs", group(done))
	}
	fmt.Fprintf(&b, "  %s events  %s docs/s  %s elapsed", group(s.Events), group(int(rate)), clock(s.Elapsed))
	if total > 0 && done < total && rate > 0 {
		left := time.Duration(float64(total-done) / rate * float64(time.Second))
		fmt.Fprintf(&b, "  %s left", clock(left))
	}
	return b.String()
}

// group writes n with thousands separators.
func group(n int) string {
	s := fmt.Sprint(n)
	if n < 0 {
		return s
	}
	var b []byte
	for i := range len(s) {
		if i > 0 && (len(s)-i)%3 == 0 {
			b = append(b, ',')
		}
		b = append(b, s[i])
	}
	return string(b)
}

// clock writes a duration as m:ss or h:mm:ss.
func clock(d time.Duration) string {
	t := int(d.Round(time.Second).Seconds())
	if t >= 3600 {
		return fmt.Sprintf("%d:%02d:%02d", t/3600, t/60%60, t%60)
	}
	return fmt.Sprintf("%d:%02d", t/60, t%60)
}

// Count returns the number of documents in the local inputs names, as
// source.Expand returns them, and whether it could count them all: a JSON
// lines file (.jsonl, .ndjson, optionally gzip-compressed) has one document
// a non-blank line, a text or HTML file one document. Other inputs (CSV,
// XML, feeds, URLs, standard input) are not counted, and make it return
// false. format is the forced input format ("" to go by the extension).
func Count(names []string, format string) (int, bool) {
	n := 0
	for _, name := range names {
		if name == "-" || strings.Contains(name, "://") {
			return 0, false
		}
		ext := strings.ToLower(filepath.Ext(strings.TrimSuffix(strings.ToLower(name), ".gz")))
		kind := format
		if kind == "" {
			kind = strings.TrimPrefix(ext, ".")
		}
		switch kind {
		case "jsonl", "ndjson", "json":
			k, err := countLines(name)
			if err != nil {
				return 0, false
			}
			n += k
		case "txt", "text", "html", "htm":
			n++
		default:
			return 0, false
		}
	}
	return n, true
}

// countLines counts the non-blank lines of a file, gunzipped when it is
// compressed.
func countLines(name string) (int, error) {
	f, err := os.Open(name)
	if err != nil {
		return 0, err
	}
	defer f.Close()
	br := bufio.NewReaderSize(f, 1<<16)
	var r io.Reader = br
	if head, _ := br.Peek(2); len(head) == 2 && head[0] == 0x1f && head[1] == 0x8b {
		z, err := gzip.NewReader(br)
		if err != nil {
			return 0, err
		}
		defer z.Close()
		r = z
	}
	buf := make([]byte, 1<<16)
	n, blank := 0, true
	for {
		k, err := r.Read(buf)
		chunk := buf[:k]
		for len(chunk) > 0 {
			i := bytes.IndexByte(chunk, '\n')
			line := chunk
			if i >= 0 {
				line = chunk[:i]
			}
			if blank && len(bytes.TrimSpace(line)) > 0 {
				blank = false
			}
			if i < 0 {
				break
			}
			if !blank {
				n++
			}
			blank = true
			chunk = chunk[i+1:]
		}
		if err == io.EOF {
			if !blank {
				n++
			}
			return n, nil
		}
		if err != nil {
			return 0, err
		}
	}
}
