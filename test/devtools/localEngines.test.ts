import { parseArgs } from '../../src/devtools/esCli';
import { ENGINES, elasticsearchFromEnv, elasticsearchPortFromEnv, javaHomeFor } from '../../src/devtools/localElasticsearch';

describe('choosing the local engine', () => {
  it('runs Elasticsearch 8 unless LOCAL_ES_VERSION asks for 9, and refuses anything else', () => {
    expect(elasticsearchFromEnv({})).toBe('elasticsearch-8');
    expect(elasticsearchFromEnv({ LOCAL_ES_VERSION: '8' })).toBe('elasticsearch-8');
    expect(elasticsearchFromEnv({ LOCAL_ES_VERSION: ' 9 ' })).toBe('elasticsearch-9');
    expect(() => elasticsearchFromEnv({ LOCAL_ES_VERSION: '9.1' })).toThrow(/LOCAL_ES_VERSION must be 8 or 9/);
  });

  it('takes another port for that Elasticsearch from LOCAL_ES_PORT', () => {
    expect(elasticsearchPortFromEnv({})).toBeUndefined();
    expect(elasticsearchPortFromEnv({ LOCAL_ES_PORT: '9215' })).toBe(9215);
    expect(() => elasticsearchPortFromEnv({ LOCAL_ES_PORT: '92OO' })).toThrow(/LOCAL_ES_PORT/);
  });

  it('gives every engine a port of its own, the historical 9200 to Elasticsearch 8', () => {
    const ports = Object.values(ENGINES).map((e) => e.defaultPort);
    expect(new Set(ports).size).toBe(ports.length);
    expect(ENGINES['elasticsearch-8'].defaultPort).toBe(9200);
  });

  it('parses the CLI: engine from the flag or from LOCAL_ES_VERSION, port, stop --all', () => {
    expect(parseArgs(['start'], {})).toEqual({ command: 'start', engine: 'elasticsearch-8', port: undefined, all: false });
    expect(parseArgs(['start'], { LOCAL_ES_VERSION: '9', LOCAL_ES_PORT: '9215' })).toEqual({ command: 'start', engine: 'elasticsearch-9', port: 9215, all: false });
    // An engine named on the command line is not the LOCAL_ES_* one: its own port unless --port.
    expect(parseArgs(['start', '--engine', 'opensearch-2'], { LOCAL_ES_PORT: '9215' }).port).toBeUndefined();
    expect(parseArgs(['stop', '--engine', 'opensearch-2', '--port', '9221'], {})).toEqual({ command: 'stop', engine: 'opensearch-2', port: 9221, all: false });
    expect(parseArgs(['stop', '--all'], {}).all).toBe(true);
    expect(parseArgs(['build', '--engine', 'elasticsearch-9'], {}).command).toBe('build');
    expect(() => parseArgs(['start', '--engine', 'solr'], {})).toThrow(/usage/);
    expect(() => parseArgs(['start', '--all'], {})).toThrow(/usage/);
    expect(() => parseArgs(['start', '--port'], {})).toThrow(/usage/);
    expect(() => parseArgs(['restart'], {})).toThrow(/usage/);
  });

  it('refuses a LOCAL_ES_JAVA_HOME that is not a new enough JDK', () => {
    expect(() => javaHomeFor('elasticsearch-9', { LOCAL_ES_JAVA_HOME: '/nonexistent' })).toThrow(/not a JDK 21\+/);
  });
});
