// Package pgtest starts a throwaway PostgreSQL server for tests and
// benchmarks, or uses the one named by DEMARCHE_TEST_POSTGRES.
package pgtest

import (
	"context"
	"database/sql"
	"fmt"
	"net"
	"os"
	"os/exec"
	"os/user"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	_ "github.com/jackc/pgx/v5/stdlib" // the database/sql driver "pgx"
)

// Env names a server to use instead of starting one: a postgres:// URL of a
// database the tests may create schemas in.
const Env = "DEMARCHE_TEST_POSTGRES"

// RequireEnv, set to 1 (CI sets it), turns a reason to skip into a failure:
// Start then returns an error instead of a reason when no server can run.
const RequireEnv = "DEMARCHE_REQUIRE_SERVERS"

// Required reports whether RequireEnv asks for the servers to be there.
func Required() bool { return os.Getenv(RequireEnv) == "1" }

// Server is a running PostgreSQL server.
type Server struct {
	URL  string // postgres:// URL of the postgres database
	dir  string
	bin  string
	asPG bool
	opts string // the server's options, to start it again
}

// Bin returns the directory of the PostgreSQL server binaries (initdb,
// pg_ctl), or "" when none is installed.
func Bin() string {
	dirs, _ := filepath.Glob("/usr/lib/postgresql/*/bin")
	// By version, not by name: 9.6 is older than 15.
	sort.Slice(dirs, func(i, j int) bool {
		return versionLess(filepath.Base(filepath.Dir(dirs[i])), filepath.Base(filepath.Dir(dirs[j])))
	})
	for i := len(dirs) - 1; i >= 0; i-- {
		if _, err := os.Stat(filepath.Join(dirs[i], "pg_ctl")); err == nil {
			return dirs[i]
		}
	}
	if p, err := exec.LookPath("pg_ctl"); err == nil {
		return filepath.Dir(p)
	}
	return ""
}

// versionLess compares versions such as "9.6" and "15" number by number.
func versionLess(a, b string) bool {
	as, bs := strings.Split(a, "."), strings.Split(b, ".")
	for i := 0; i < len(as) && i < len(bs); i++ {
		x, errx := strconv.Atoi(as[i])
		y, erry := strconv.Atoi(bs[i])
		if errx != nil || erry != nil {
			if as[i] != bs[i] {
				return as[i] < bs[i]
			}
			continue
		}
		if x != y {
			return x < y
		}
	}
	return len(as) < len(bs)
}

// Start returns the server named by DEMARCHE_TEST_POSTGRES, or starts a new
// one in a temporary directory on a free loopback port; it returns a reason
// to skip when neither is possible, or that reason as an error when
// DEMARCHE_REQUIRE_SERVERS=1. Stop the server with Stop.
func Start() (*Server, string, error) {
	s, skip, err := start()
	if skip != "" && Required() {
		return nil, "", fmt.Errorf("%s=1 but PostgreSQL cannot run: %s", RequireEnv, skip)
	}
	return s, skip, err
}

// ForTest starts a server as Start does for one test: it fails the test
// on an error, skips it with the reason when PostgreSQL cannot run, and
// stops the server when the test ends.
func ForTest(tb testing.TB) *Server {
	tb.Helper()
	s, skip, err := Start()
	if err != nil {
		tb.Fatal(err)
	}
	if skip != "" {
		tb.Skip(skip)
	}
	tb.Cleanup(s.Stop)
	return s
}

func start() (*Server, string, error) {
	if url := os.Getenv(Env); url != "" {
		return &Server{URL: url}, "", nil
	}
	bin := Bin()
	if bin == "" {
		return nil, "PostgreSQL is not installed (apt-get install postgresql) and " + Env + " is not set", nil
	}
	dir, err := os.MkdirTemp("", "demarche-pg-")
	if err != nil {
		return nil, "", err
	}
	s := &Server{dir: dir, bin: bin}
	// PostgreSQL refuses to run as root: run it as the postgres user.
	if u, _ := user.Current(); u != nil && u.Uid == "0" {
		pg, err := user.Lookup("postgres")
		if err != nil {
			os.RemoveAll(dir)
			return nil, "running as root and there is no postgres user to run PostgreSQL as", nil
		}
		uid, _ := strconv.Atoi(pg.Uid)
		gid, _ := strconv.Atoi(pg.Gid)
		if err := os.Chown(dir, uid, gid); err != nil {
			os.RemoveAll(dir)
			return nil, "", err
		}
		s.asPG = true
	}
	port, err := freePort()
	if err != nil {
		os.RemoveAll(dir)
		return nil, "", err
	}
	data := filepath.Join(dir, "data")
	if out, err := s.run("initdb", "-D", data, "-U", "postgres", "-A", "trust", "-E", "UTF8", "--locale=C", "--no-sync"); err != nil {
		os.RemoveAll(dir)
		return nil, "", fmt.Errorf("initdb: %v\n%s", err, out)
	}
	opts := fmt.Sprintf("-p %d -k %s -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off "+
		"-c shared_buffers=256MB -c max_wal_size=4GB -c maintenance_work_mem=256MB -c work_mem=64MB", port, dir)
	s.opts = opts
	if out, err := s.run("pg_ctl", "-D", data, "-o", opts, "-l", filepath.Join(dir, "log"), "-w", "-t", "60", "start"); err != nil {
		log, _ := os.ReadFile(filepath.Join(dir, "log"))
		os.RemoveAll(dir)
		return nil, "", fmt.Errorf("pg_ctl start: %v\n%s\n%s", err, out, log)
	}
	s.URL = fmt.Sprintf("postgres://postgres@127.0.0.1:%d/postgres?sslmode=disable", port)
	return s, "", nil
}

func (s *Server) run(name string, args ...string) ([]byte, error) {
	path := filepath.Join(s.bin, name)
	var cmd *exec.Cmd
	if s.asPG {
		cmd = exec.Command("runuser", append([]string{"-u", "postgres", "--", path}, args...)...)
	} else {
		cmd = exec.Command(path, args...)
	}
	cmd.Dir = s.dir
	return cmd.CombinedOutput()
}

// Restart stops a server that Start started, as a crash would (immediate
// shutdown: clients lose their connections), waits down, and starts it
// again on the same port with the same data: what tests of clients that
// must ride out an unreachable database need. The server runs with
// synchronous_commit=off, so the last commits before the stop may be lost,
// unless the test turns it on for its sessions (ALTER DATABASE postgres SET
// synchronous_commit = on: the server's command line wins over ALTER SYSTEM). It returns an error for a server that Start did
// not start (DEMARCHE_TEST_POSTGRES).
func (s *Server) Restart(down time.Duration) error {
	if s == nil || s.dir == "" {
		return fmt.Errorf("pgtest: the server was not started by pgtest")
	}
	data := filepath.Join(s.dir, "data")
	if out, err := s.run("pg_ctl", "-D", data, "-m", "immediate", "-w", "stop"); err != nil {
		return fmt.Errorf("pg_ctl stop: %v\n%s", err, out)
	}
	time.Sleep(down)
	if out, err := s.run("pg_ctl", "-D", data, "-o", s.opts, "-l", filepath.Join(s.dir, "log"), "-w", "-t", "60", "start"); err != nil {
		return fmt.Errorf("pg_ctl start: %v\n%s", err, out)
	}
	return nil
}

// Stop stops a server that Start started and removes its files.
func (s *Server) Stop() {
	if s == nil || s.dir == "" {
		return
	}
	s.run("pg_ctl", "-D", filepath.Join(s.dir, "data"), "-m", "immediate", "-w", "stop")
	os.RemoveAll(s.dir)
}

var seq atomic.Int64

// Schema creates a new, empty schema and returns the URL of a connection
// that uses it; the schema is dropped when the test ends.
func (s *Server) Schema(tb testing.TB) string {
	tb.Helper()
	name := fmt.Sprintf("t%d_%d", os.Getpid(), seq.Add(1))
	db, err := sql.Open("pgx", s.URL)
	if err != nil {
		tb.Fatal(err)
	}
	defer db.Close()
	if _, err := db.ExecContext(context.Background(), "CREATE SCHEMA "+name); err != nil {
		tb.Fatal(err)
	}
	tb.Cleanup(func() {
		db, err := sql.Open("pgx", s.URL)
		if err == nil {
			db.Exec("DROP SCHEMA " + name + " CASCADE")
			db.Close()
		}
	})
	return withParam(s.URL, "search_path", name)
}

func withParam(url, key, value string) string {
	sep := "?"
	for i := 0; i < len(url); i++ {
		if url[i] == '?' {
			sep = "&"
		}
	}
	return url + sep + key + "=" + value
}

func freePort() (int, error) {
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return 0, err
	}
	defer l.Close()
	return l.Addr().(*net.TCPAddr).Port, nil
}
