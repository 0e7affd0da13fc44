package petrarch

import (
	"bytes"
	"fmt"
	"io"
	"os"
)

// MaxFileSize bounds one dictionary file that Load or ReadFile reads:
// PETRARCH's own files are under 10 MB (CAMEO.2.0.txt: 0.4 MB).
const MaxFileSize = 64 << 20

// ReadFile calls read on the content of the dictionary file path. It
// fails, naming the file, when the file cannot be opened, is not a regular
// file (a device or a pipe could be read forever), is larger than
// MaxFileSize, or holds a NUL byte (a binary or UTF-16 file, not a
// dictionary): read then stops at once and its results are to be dropped.
// The problems of the file's lines are read's to report.
func ReadFile(path string, read func(io.Reader)) error {
	return readFile(path, MaxFileSize, read)
}

func readFile(path string, limit int64, read func(io.Reader)) error {
	fi, err := os.Stat(path)
	if err != nil {
		return err
	}
	if !fi.Mode().IsRegular() {
		return fmt.Errorf("%s: not a regular file but %s: a dictionary is a text file of at most %s", path, kindOf(fi.Mode()), sizeText(limit))
	}
	if fi.Size() > limit {
		return fmt.Errorf("%s: %d bytes, larger than the limit of %s for a dictionary", path, fi.Size(), sizeText(limit))
	}
	f, err := os.Open(path)
	if err != nil {
		return err
	}
	defer f.Close()
	g := &guard{r: f, file: path, limit: limit}
	read(g)
	return g.err
}

// guard reads a dictionary file up to its limit, and stops with an error
// at the first NUL byte.
type guard struct {
	r        io.Reader
	file     string
	n, limit int64
	err      error
}

func (g *guard) Read(p []byte) (int, error) {
	if g.err != nil {
		return 0, g.err
	}
	if room := g.limit - g.n + 1; int64(len(p)) > room {
		p = p[:room]
	}
	k, err := g.r.Read(p)
	if i := bytes.IndexByte(p[:k], 0); i >= 0 {
		g.err = fmt.Errorf("%s: a NUL byte at offset %d: a binary or UTF-16 file, not a dictionary (UTF-8 text)", g.file, g.n+int64(i))
		return 0, g.err
	}
	if g.n += int64(k); g.n > g.limit {
		g.err = fmt.Errorf("%s: larger than the limit of %s for a dictionary", g.file, sizeText(g.limit))
		return 0, g.err
	}
	return k, err
}

// kindOf names the kind of a file that is not a regular one.
func kindOf(m os.FileMode) string {
	switch {
	case m.IsDir():
		return "a folder"
	case m&os.ModeNamedPipe != 0:
		return "a pipe"
	case m&os.ModeSocket != 0:
		return "a socket"
	case m&os.ModeDevice != 0:
		return "a device"
	}
	return "of type " + m.Type().String()
}

// sizeText writes a limit in MB, or in bytes when it is smaller (tests).
func sizeText(n int64) string {
	if n >= 1<<20 && n%(1<<20) == 0 {
		return fmt.Sprintf("%d MB", n>>20)
	}
	return fmt.Sprintf("%d bytes", n)
}
