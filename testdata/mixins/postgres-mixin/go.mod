module github.com/wrouesnel/postgres_exporter/postgres_mixin

go 1.15
