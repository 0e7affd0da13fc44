module github.com/demarche-project/demarche

go 1.26.8

require github.com/jdkato/prose/v3 v3.2.3
