// Package natstest runs a throwaway NATS server with JetStream for tests and
// benchmarks: the real server, embedded from the nats-server module,
// listening on a free loopback port and keeping its streams in files in a
// temporary directory, so that it can be stopped and started again with
// its streams intact.
package natstest

import (
	"fmt"
	"net"
	"os"
	"time"

	"github.com/nats-io/nats-server/v2/server"
)

// Server is a running NATS server.
type Server struct {
	URL  string // nats://127.0.0.1:PORT
	Dir  string // JetStream's store directory
	port int
	srv  *server.Server
	own  bool // Dir was made by Start and is removed by Stop
}

// Start starts a server on a free loopback port with JetStream storing in
// dir, or in a new temporary directory when dir is "". It returns an error
// when the server does not start.
func Start(dir string) (*Server, error) {
	s := &Server{Dir: dir}
	if dir == "" {
		d, err := os.MkdirTemp("", "demarche-nats-")
		if err != nil {
			return nil, err
		}
		s.Dir, s.own = d, true
	}
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return nil, err
	}
	s.port = l.Addr().(*net.TCPAddr).Port
	l.Close()
	s.URL = fmt.Sprintf("nats://127.0.0.1:%d", s.port)
	if err := s.start(); err != nil {
		s.removeDir()
		return nil, err
	}
	return s, nil
}

func (s *Server) start() error {
	opts := &server.Options{
		ServerName: "demarche-test",
		Host:       "127.0.0.1",
		Port:       s.port,
		JetStream:  true,
		StoreDir:   s.Dir,
		NoLog:      true,
		NoSigs:     true,
		// JetStream's own limits, small enough for a test machine.
		JetStreamMaxMemory: 256 << 20,
		JetStreamMaxStore:  8 << 30,
	}
	srv, err := server.NewServer(opts)
	if err != nil {
		return fmt.Errorf("natstest: %w", err)
	}
	go srv.Start()
	if !srv.ReadyForConnections(10 * time.Second) {
		srv.Shutdown()
		return fmt.Errorf("natstest: the server did not start within 10s")
	}
	s.srv = srv
	return nil
}

// Restart stops the server, as a crash would (no goodbye to the clients),
// and starts it again on the same port and store directory; the streams
// and consumers come back from the files.
func (s *Server) Restart(down time.Duration) error {
	s.shutdown()
	time.Sleep(down)
	return s.start()
}

func (s *Server) shutdown() {
	if s.srv != nil {
		s.srv.Shutdown()
		s.srv.WaitForShutdown()
		s.srv = nil
	}
}

// Stop stops the server and removes the store directory if Start made it.
func (s *Server) Stop() {
	if s == nil {
		return
	}
	s.shutdown()
	s.removeDir()
}

func (s *Server) removeDir() {
	if s.own {
		os.RemoveAll(s.Dir)
	}
}
