package org.elasticsearch.node;

import java.util.function.BiFunction;

import org.elasticsearch.cluster.service.ClusterService;
import org.elasticsearch.common.settings.Settings;
import org.elasticsearch.env.Environment;
import org.elasticsearch.plugins.PluginsService;

/**
 * A node whose plugins come from the classpath instead of a distribution's modules/ folder.
 * It lives in Elasticsearch's own package because NodeConstruction and NodeServiceProvider are
 * package-private: the public Node(Environment) constructor only loads plugins from disk.
 */
public final class LocalNode extends Node {

    public LocalNode(Environment environment, BiFunction<Environment, Settings, PluginsService> plugins) {
        super(NodeConstruction.prepareConstruction(environment, new NodeServiceProvider() {
            @Override
            PluginsService newPluginService(Environment env, Settings settings) {
                return plugins.apply(env, settings);
            }
        }, true));
    }

    @Override
    protected void configureNodeAndClusterIdStateListener(ClusterService clusterService) {
        // The default registers a listener that writes the node id into the log4j context, which a
        // throwaway test node does not need.
    }
}
