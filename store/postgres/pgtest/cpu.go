package pgtest

import (
	"database/sql"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"time"
)

// ServerCPU returns the CPU time so far of the PostgreSQL server at url —
// its postmaster and its backends, running or ended (through the
// postmaster's account of its children) — for benchmarks that report what
// the database costs. It returns 0 when /proc cannot tell.
func ServerCPU(url string) time.Duration {
	db, err := sql.Open("pgx", url)
	if err != nil {
		return 0
	}
	defer db.Close()
	var backend int
	if err := db.QueryRow(`SELECT pg_backend_pid()`).Scan(&backend); err != nil {
		return 0
	}
	postmaster, _ := procStat(backend)
	if postmaster <= 1 {
		return 0
	}
	stats, _ := filepath.Glob("/proc/[0-9]*/stat")
	var ticks int64
	for _, p := range stats {
		pid, _ := strconv.Atoi(strings.TrimSuffix(strings.TrimPrefix(p, "/proc/"), "/stat"))
		if ppid, t := procStat(pid); pid == postmaster || ppid == postmaster {
			ticks += t
		}
	}
	return time.Duration(ticks) * time.Second / 100 // USER_HZ
}

// procStat returns the parent of a process and its CPU time, that of its
// ended children included, in clock ticks.
func procStat(pid int) (ppid int, ticks int64) {
	data, err := os.ReadFile(fmt.Sprintf("/proc/%d/stat", pid))
	if err != nil {
		return 0, 0
	}
	s := string(data)
	end := strings.LastIndexByte(s, ')')
	if end < 0 {
		return 0, 0
	}
	f := strings.Fields(s[end+1:]) // state, ppid, …; utime … cstime are f[11] to f[14]
	if len(f) < 15 {
		return 0, 0
	}
	ppid, _ = strconv.Atoi(f[1])
	for _, x := range f[11:15] {
		n, _ := strconv.ParseInt(x, 10, 64)
		ticks += n
	}
	return ppid, ticks
}
