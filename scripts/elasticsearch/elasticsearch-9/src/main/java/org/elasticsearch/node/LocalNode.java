package org.elasticsearch.node;

import java.util.function.Function;

import org.elasticsearch.cluster.service.ClusterService;
import org.elasticsearch.env.Environment;
import org.elasticsearch.plugins.PluginsLoader;
import org.elasticsearch.plugins.PluginsService;

/**
 * A node whose plugins come from the classpath instead of a distribution's modules/ folder (9.x port of
 * the 8.x launcher's LocalNode). It lives in Elasticsearch's own package because NodeConstruction and
 * NodeServiceProvider are package-private: the public Node(Environment, PluginsLoader) only loads plugins
 * from disk. Since 9.0 the node takes a PluginsLoader, built before the node, which holds the plugin
 * class loaders; the one given here is empty.
 */
public final class LocalNode extends Node {

    public LocalNode(Environment environment, PluginsLoader loader, Function<Environment, PluginsService> plugins) {
        super(NodeConstruction.prepareConstruction(environment, loader, new NodeServiceProvider() {
            @Override
            PluginsService newPluginService(Environment env, PluginsLoader unused) {
                return plugins.apply(env);
            }
        }, true));
    }

    @Override
    protected void configureNodeAndClusterIdStateListener(ClusterService clusterService) {
        // The default registers a listener that writes the node id into the log4j context, which a
        // throwaway test node does not need.
    }
}
