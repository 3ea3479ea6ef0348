package org.opensearch.node;

import java.util.Collection;

import org.opensearch.cluster.service.ClusterService;
import org.opensearch.env.Environment;
import org.opensearch.plugins.Plugin;

/**
 * An OpenSearch node whose plugins are classes already on the classpath (here: Netty4 for HTTP), through
 * Node's protected constructor that OpenSearch keeps for exactly this (its test framework's MockNode).
 */
public final class LocalNode extends Node {

    public LocalNode(Environment environment, Collection<Class<? extends Plugin>> plugins) {
        super(environment, plugins, true);
    }

    @Override
    protected void configureNodeAndClusterIdStateListener(ClusterService clusterService) {
        // The default registers a listener that writes the node id into the log4j context, which a
        // throwaway test node does not need.
    }
}
