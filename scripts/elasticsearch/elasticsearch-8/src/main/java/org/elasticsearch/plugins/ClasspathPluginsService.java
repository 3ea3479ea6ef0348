package org.elasticsearch.plugins;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

import org.elasticsearch.Version;
import org.elasticsearch.action.admin.cluster.node.info.PluginsAndModules;
import org.elasticsearch.common.settings.Settings;
import org.elasticsearch.env.Environment;
import org.elasticsearch.jdk.ModuleQualifiedExportsService;

/**
 * Loads plugin classes that are already on the classpath (here: Netty4 for HTTP), in addition to
 * whatever the (empty) modules and plugins folders hold. Placed in Elasticsearch's package for access
 * to LoadedPlugin, loadPlugin and loadExtensions, which are package-private.
 */
public final class ClasspathPluginsService extends PluginsService {

    private final List<LoadedPlugin> all;
    private final PluginsAndModules info;

    public ClasspathPluginsService(Settings settings, Environment env, List<Class<? extends Plugin>> classes) {
        super(settings, env.configFile(), env.modulesFile(), env.pluginsFile());
        List<LoadedPlugin> loaded = new ArrayList<>();
        List<PluginRuntimeInfo> infos = new ArrayList<>(super.info().getPluginInfos());
        for (Class<? extends Plugin> type : classes) {
            PluginDescriptor descriptor = new PluginDescriptor(type.getName(), "loaded from the classpath", "NA",
                Version.CURRENT.toString(), Integer.toString(Runtime.version().feature()), type.getName(), null,
                Collections.emptyList(), false, false, false, false);
            loaded.add(new LoadedPlugin(descriptor, loadPlugin(type, settings, env.configFile())));
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

    @Override
    protected void addServerExportsService(Map<String, List<ModuleQualifiedExportsService>> qualifiedExports) {
        // The server runs from the classpath (the unnamed module), so there are no module exports to wire.
    }
}
