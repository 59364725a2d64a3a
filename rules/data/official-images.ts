/**
 * Docker Official Images: the repositories under `library/` on Docker Hub (docker-library/
 * official-images, library/), including deprecated ones still found in Dockerfiles (centos,
 * java, openjdk, sentry). A FROM naming one of these without a registry or namespace pulls it.
 */
export const OFFICIAL_IMAGES: ReadonlySet<string> = new Set([
  'adminer', 'aerospike', 'almalinux', 'alpine', 'alt', 'amazoncorretto', 'amazonlinux', 'api-firewall',
  'arangodb', 'archlinux', 'backdrop', 'bash', 'bonita', 'buildpack-deps', 'busybox', 'caddy', 'cassandra',
  'centos', 'chronograf', 'cirros', 'clearlinux', 'clefos', 'clickhouse', 'clojure', 'composer', 'couchbase',
  'couchdb', 'crate', 'dart', 'debian', 'docker', 'drupal', 'eclipse-mosquitto', 'eclipse-temurin', 'eggdrop',
  'elasticsearch', 'elixir', 'emqx', 'erlang', 'fedora', 'flink', 'fluentd', 'friendica', 'gazebo', 'gcc',
  'geonetwork', 'ghost', 'golang', 'gradle', 'groovy', 'haproxy', 'haskell', 'haxe', 'hello-world', 'hitch',
  'httpd', 'hylang', 'ibm-semeru-runtimes', 'ibmjava', 'influxdb', 'irssi', 'java', 'jetty', 'joomla', 'jruby',
  'julia', 'kapacitor', 'kibana', 'kong', 'liquibase', 'logstash', 'mageia', 'mariadb', 'matomo', 'maven',
  'mediawiki', 'memcached', 'mongo', 'mongo-express', 'monica', 'mono', 'mysql', 'nats', 'neo4j', 'neurodebian',
  'nextcloud', 'nginx', 'node', 'notary', 'odoo', 'open-liberty', 'openjdk', 'oraclelinux', 'orientdb',
  'percona', 'perl', 'photon', 'php', 'php-zendserver', 'phpmyadmin', 'plone', 'postfixadmin', 'postgres',
  'pypy', 'python', 'r-base', 'rabbitmq', 'rakudo-star', 'redis', 'redmine', 'registry', 'rethinkdb',
  'rocket.chat', 'rockylinux', 'ruby', 'rust', 'sapmachine', 'satosa', 'scratch', 'sentry', 'silverpeas',
  'solr', 'sonarqube', 'spiped', 'storm', 'swift', 'swipl', 'teamspeak', 'telegraf', 'tomcat', 'tomee',
  'traefik', 'ubuntu', 'unit', 'varnish', 'websphere-liberty', 'wordpress', 'xwiki', 'yourls', 'znc',
  'zookeeper',
]);
