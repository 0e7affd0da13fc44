package http

import (
	"net/http"
	"time"

	"github.com/demarche-project/demarche"
	"github.com/demarche-project/demarche/alert"
)

// watchData is what the watch page shows: each watched source's last
// fetch, HTTP status, last new document, errors and next poll; the alerts
// not yet delivered; the latest alerts.
type watchData struct {
	Sources     []demarche.SourceState
	Undelivered []undelivered
	Alerts      []watchAlert
}

type undelivered struct {
	Kind, Date, Title, Endpoint, LastError string
	Attempts                               int
	NextTry                                time.Time
}

type watchAlert struct {
	demarche.Alert
	Link string
}

// watchPage is GET /watch.
func (d *Dashboard) watchPage(w http.ResponseWriter, r *http.Request) (*page, error) {
	data := &watchData{}
	p := &page{Name: "watch", Title: "Watch", Data: data}
	ws, ok := d.s.cfg.Store.(demarche.WatchStore)
	if !ok {
		return p, nil
	}
	var err error
	if data.Sources, err = ws.Sources(r.Context()); err != nil {
		return nil, err
	}
	alerts, err := ws.Alerts(r.Context(), 0)
	if err != nil {
		return nil, err
	}
	for _, a := range alerts {
		for _, dl := range a.Deliveries {
			if !dl.Done {
				data.Undelivered = append(data.Undelivered, undelivered{Kind: a.Signal.Kind, Date: a.Signal.Date, Title: a.Signal.Title,
					Endpoint: dl.Endpoint, LastError: dl.LastError, Attempts: dl.Attempts, NextTry: dl.NextTry})
			}
		}
		if len(data.Alerts) < 50 {
			data.Alerts = append(data.Alerts, watchAlert{Alert: a, Link: alert.Path(&a.Signal)})
		}
	}
	return p, nil
}

// when formats a time for the watch page: local date and time, or "never".
func when(t time.Time) string {
	if t.IsZero() {
		return "never"
	}
	return t.Local().Format("2006-01-02 15:04")
}
