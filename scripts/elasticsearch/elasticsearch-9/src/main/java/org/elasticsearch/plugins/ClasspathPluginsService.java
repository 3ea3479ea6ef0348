package org.elasticsearch.plugins;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.elasticsearch.Version;
import org.elasticsearch.action.admin.cluster.node.info.PluginsAndModules;
import org.elasticsearch.env.Environment;

/**
 * Loads plugin classes that are already on the classpath (here: Netty4 for HTTP) instead of plugin bundles
 * from disk (9.x port of the 8.x launcher's class). Placed in Elasticsearch's package for access to
 * LoadedPlugin, loadPlugin, loadExtensions and PluginsLoader's constructor, which are package-private.
 */
public final class ClasspathPluginsService extends PluginsService {

    private final List<LoadedPlugin> all;
    private final PluginsAndModules info;

    /**
     * A loader without modules or plugins. Built with the package-private constructor: the public factory
     * also scans the classpath for jar hell and wires module exports for a modular server, neither of which
     * applies to a server running from the classpath (the unnamed module).
     */
    public static PluginsLoader emptyLoader() {
        return new PluginsLoader(Set.of(), Set.of(), Map.of());
    }

    public ClasspathPluginsService(Environment env, PluginsLoader loader, List<Class<? extends Plugin>> classes) {
        super(env.settings(), env.configDir(), loader);
        List<LoadedPlugin> loaded = new ArrayList<>();
        List<PluginRuntimeInfo> infos = new ArrayList<>(super.info().getPluginInfos());
        for (Class<? extends Plugin> type : classes) {
            PluginDescriptor descriptor = new PluginDescriptor(type.getName(), "loaded from the classpath", "NA",
                Version.CURRENT.toString(), Integer.toString(Runtime.version().feature()), type.getName(), null,
                Collections.emptyList(), false, false, false, false, PluginDescriptor.DeploymentTarget.ALL);
            Plugin instance = loadPlugin(type, env.settings(), env.configDir());
            loaded.add(new LoadedPlugin(descriptor, instance, type.getClassLoader()));
            infos.add(new PluginRuntimeInfo(descriptor));
        }
        loadExtensions(loaded);
        loaded.addAll(super.plugins());
        this.all = List.copyOf(loaded);
        this.info = new PluginsAndModules(infos, super.info().getModuleInfos());
    }

    @Override
    protected List<LoadedPlugin> plugins() {
        return all;
    }

    @Override
    public PluginsAndModules info() {
        return info;
    }
}
