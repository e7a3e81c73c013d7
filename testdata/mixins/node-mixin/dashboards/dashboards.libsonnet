(import 'node.libsonnet') +
(import 'use.libsonnet')
