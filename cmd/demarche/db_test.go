package main

import (
	"context"
	"io"
	"net"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/demarche-project/demarche"
	"github.com/demarche-project/demarche/store/postgres/pgtest"
	"github.com/demarche-project/demarche/store/sqlite"
)

func TestDSN(t *testing.T) {
	tests := []struct {
		flag, env, want string
	}{
		{"", "", defaultDB},
		{"", "/data/x.db", "/data/x.db"},
		{"flag.db", "/data/x.db", "flag.db"},
		{"postgres://localhost/demarche", "", "postgres://localhost/demarche"},
	}
	for _, tt := range tests {
		env := &Env{Getenv: func(k string) string {
			if k == dbEnv {
				return tt.env
			}
			return ""
		}}
		if got := (&dbFlags{db: tt.flag}).dsn(env); got != tt.want {
			t.Errorf("dsn(%q) with %s=%q = %q, want %q", tt.flag, dbEnv, tt.env, got, tt.want)
		}
	}
}

func TestIsPostgres(t *testing.T) {
	for dsn, want := range map[string]bool{
		"postgres://u@h/db": true, "postgresql://h/db": true, "demarche.db": false, "sqlite://x.db": false, "/tmp/postgres.db": false,
	} {
		if got := isPostgres(dsn); got != want {
			t.Errorf("isPostgres(%q) = %v", dsn, got)
		}
	}
}

func TestOpenDB(t *testing.T) {
	ctx := context.Background()
	for _, prefix := range []string{"", "sqlite://"} {
		path := filepath.Join(t.TempDir(), "x.db")
		s, err := openDB(ctx, prefix+path, forWriting)
		if err != nil {
			t.Fatal(err)
		}
		if _, ok := s.(*sqlite.Store); !ok {
			t.Errorf("openDB(%q) = %T", prefix+path, s)
		}
		s.Close()
	}
	_, err := openDB(ctx, "postgres://nobody@127.0.0.1:1/none?connect_timeout=1", forReading)
	if demarche.ErrorCode(err) != demarche.EUNAVAILABLE {
		t.Errorf("openDB of an unreachable server: %v", err)
	}
}

// TestStartTogether starts several processes on a fresh PostgreSQL database
// at once, as `demarche worker`s started together do: each creates or finds
// the schema, none fails.
func TestStartTogether(t *testing.T) {
	if testing.Short() {
		t.Skip("starts processes")
	}
	pg := pgtest.ForTest(t)
	bin := buildDemarche(t)
	const trials, procs = 5, 6
	ok := 0
	for trial := range trials {
		dsn := pg.Schema(t)
		var wg sync.WaitGroup
		outs, errs := make([][]byte, procs), make([]error, procs)
		for i := range procs {
			wg.Add(1)
			go func() {
				defer wg.Done()
				outs[i], errs[i] = exec.Command(bin, "status", "--db", dsn).CombinedOutput()
			}()
		}
		wg.Wait()
		for i := range procs {
			if errs[i] != nil {
				t.Errorf("trial %d: process %d of %d started together: %v\n%s", trial+1, i+1, procs, errs[i], outs[i])
			} else {
				ok++
			}
		}
	}
	t.Logf("%d of %d `demarche status` processes started %d at a time on a fresh database succeeded", ok, trials*procs, procs)
}

// TestReadOnlyStore runs the reading commands on an SQLite store that the
// user may not write, and a writing command, which must say that the store
// is read-only. The tests run as root in CI, and root may write any file
// whatever its mode: the commands then run as the user nobody.
func TestReadOnlyStore(t *testing.T) {
	if testing.Short() {
		t.Skip("starts processes")
	}
	bin := buildDemarche(t)
	runAs := func(cmd *exec.Cmd) *exec.Cmd {
		if os.Getuid() == 0 {
			cmd.SysProcAttr = &syscall.SysProcAttr{Credential: &syscall.Credential{Uid: 65534, Gid: 65534}}
		}
		return cmd
	}
	opened := func(dir string) {
		// The user nobody must reach the binary and the store.
		for d := dir; d != os.TempDir() && d != "/" && d != "."; d = filepath.Dir(d) {
			if err := os.Chmod(d, 0o755); err != nil {
				t.Fatal(err)
			}
		}
	}
	opened(filepath.Dir(bin))
	input := filepath.Join(t.TempDir(), "in.jsonl")
	if err := os.WriteFile(input, []byte(`{"id":"ro-1","date":"2024-05-02","source":"KCNA","title":"Talks","text":"North Korea praised Russia for its support. The minister met the Chinese ambassador in Pyongyang."}`+"\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		name      string
		dirMode   os.FileMode
		dirOwned  bool // the folder belongs to the user who runs the commands
		fileMode  os.FileMode
		wantInErr string
	}{
		{"file read-only, folder writable", 0o755, true, 0o444, "the file cannot be written"},
		{"file and folder read-only", 0o555, false, 0o444, "cannot be written"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			dir := t.TempDir()
			db := filepath.Join(dir, "demarche.db")
			if out, err := exec.Command(bin, "ingest", "--quiet", "--db", db, input).CombinedOutput(); err != nil {
				t.Fatalf("ingest: %v\n%s", err, out)
			}
			opened(dir)
			if err := os.Chmod(db, tc.fileMode); err != nil {
				t.Fatal(err)
			}
			if tc.dirOwned && os.Getuid() == 0 {
				if err := os.Chown(dir, 65534, 65534); err != nil {
					t.Fatal(err)
				}
			}
			if err := os.Chmod(dir, tc.dirMode); err != nil {
				t.Fatal(err)
			}
			defer os.Chmod(dir, 0o755)
			for _, args := range [][]string{
				{"status", "--db", db},
				{"events", "--db", db},
				{"search", "--db", db, "Russia"},
			} {
				out, err := runAs(exec.Command(bin, args...)).CombinedOutput()
				if err != nil {
					t.Errorf("%s on a read-only store: %v\n%s", args[0], err, out)
					continue
				}
				if args[0] == "status" && (!strings.Contains(string(out), "read-only") || !strings.Contains(string(out), "documents           1")) {
					t.Errorf("status does not say read-only, or lost the document:\n%s", out)
				}
				if args[0] == "search" && !strings.Contains(string(out), "Russia") {
					t.Errorf("search on a read-only store found nothing:\n%s", out)
				}
			}
			out, err := runAs(exec.Command(bin, "ingest", "--quiet", "--db", db, input)).CombinedOutput()
			if err == nil || !strings.Contains(string(out), "read-only") || !strings.Contains(string(out), tc.wantInErr) {
				t.Errorf("ingest into a read-only store: %v, want an error that says read-only and %q:\n%s", err, tc.wantInErr, out)
			}
			serveReadOnly(t, runAs, bin, db)
		})
	}
	// A new store in a folder that cannot be written.
	dir := t.TempDir()
	opened(dir)
	if err := os.Chmod(dir, 0o555); err != nil {
		t.Fatal(err)
	}
	defer os.Chmod(dir, 0o755)
	out, err := runAs(exec.Command(bin, "ingest", "--quiet", "--db", filepath.Join(dir, "new.db"), input)).CombinedOutput()
	if err == nil || !strings.Contains(string(out), "read-only") || !strings.Contains(string(out), "cannot be written") {
		t.Errorf("ingest into a new store in a read-only folder: %v, want an error that says read-only:\n%s", err, out)
	}
}

// serveReadOnly runs serve on a read-only store: it reads, and POST
// /api/ingest answers 409 with a message that says the store is read-only.
func serveReadOnly(t *testing.T, runAs func(*exec.Cmd) *exec.Cmd, bin, db string) {
	t.Helper()
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	addr := l.Addr().String()
	l.Close()
	cmd := runAs(exec.Command(bin, "serve", "--db", db, "--addr", addr))
	cmd.Env = append(os.Environ(), "DEMARCHE_TOKEN=secret")
	var stderr syncBuffer
	cmd.Stderr = &stderr
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	defer func() { cmd.Process.Kill(); cmd.Wait() }()
	base := "http://" + addr
	for deadline := time.Now().Add(30 * time.Second); ; {
		resp, err := http.Get(base + "/api/stats")
		if err == nil {
			b, _ := io.ReadAll(resp.Body)
			resp.Body.Close()
			if resp.StatusCode != 200 || !strings.Contains(string(b), "read_only") {
				t.Errorf("GET /api/stats on a read-only store: %d %s", resp.StatusCode, b)
			}
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("serve on a read-only store did not answer: %v\n%s", err, stderr.String())
		}
		time.Sleep(50 * time.Millisecond)
	}
	req, _ := http.NewRequest("POST", base+"/api/ingest", strings.NewReader(`{"id":"ro-2","date":"2024-05-03","text":"Seoul answered Tokyo."}`+"\n"))
	req.Header.Set("Authorization", "Bearer secret")
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	b, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	if resp.StatusCode != http.StatusConflict || !strings.Contains(string(b), "read-only") {
		t.Errorf("POST /api/ingest on a read-only store: %d %s; want 409 and read-only", resp.StatusCode, b)
	}
}
