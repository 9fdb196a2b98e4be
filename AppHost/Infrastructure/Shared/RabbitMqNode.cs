namespace Qingmeng.Infrastructure.LocalServers;

/// <summary>
/// Files and environment for a private RabbitMQ node: everything lives under one data directory
/// (nothing in /etc, /var/lib or /var/log), and the node uses its own foreground epmd on
/// <see cref="EpmdPort"/> instead of starting a daemon that would outlive it.
/// </summary>
internal sealed record RabbitMqNode(string DataDirectory, int AmqpPort, int DistributionPort, int EpmdPort)
{
    public const string NodeName = "rabbit@localhost";

    public string ConfigFile => Path.Combine(DataDirectory, "rabbitmq.conf");

    /// <summary>Writes the config (credentials are only applied when the node first creates its database).</summary>
    public void WriteConfiguration(string userName, string password)
    {
        Directory.CreateDirectory(DataDirectory);
        File.WriteAllLines(ConfigFile,
        [
            "# Generated on every start; do not edit.",
            "loopback_users = none",
            $"default_user = {userName}",
            $"default_pass = {password}",
        ]);
        // No plugins: the management UI is not needed locally and costs start-up time and memory.
        File.WriteAllText(Path.Combine(DataDirectory, "enabled_plugins"), "[].\n");
        // An empty env file shields the node from /etc/rabbitmq/rabbitmq-env.conf.
        File.WriteAllText(Path.Combine(DataDirectory, "rabbitmq-env.conf"), "");
    }

    public IReadOnlyDictionary<string, string> Environment => new Dictionary<string, string>
    {
        // Erlang keeps its cookie in $HOME.
        ["HOME"] = DataDirectory,
        ["RABBITMQ_NODENAME"] = NodeName,
        ["RABBITMQ_NODE_IP_ADDRESS"] = "127.0.0.1",
        ["RABBITMQ_NODE_PORT"] = AmqpPort.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["RABBITMQ_DIST_PORT"] = DistributionPort.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["ERL_EPMD_PORT"] = EpmdPort.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["RABBITMQ_SERVER_ADDITIONAL_ERL_ARGS"] = "-start_epmd false",
        ["RABBITMQ_MNESIA_BASE"] = Path.Combine(DataDirectory, "mnesia"),
        ["RABBITMQ_LOG_BASE"] = Path.Combine(DataDirectory, "log"),
        ["RABBITMQ_LOGS"] = "-",
        ["RABBITMQ_ENABLED_PLUGINS_FILE"] = Path.Combine(DataDirectory, "enabled_plugins"),
        ["RABBITMQ_CONFIG_FILE"] = ConfigFile,
        ["RABBITMQ_CONF_ENV_FILE"] = Path.Combine(DataDirectory, "rabbitmq-env.conf"),
        ["RABBITMQ_ADVANCED_CONFIG_FILE"] = Path.Combine(DataDirectory, "advanced.config"),
    };

    public static string[] EpmdArguments(int epmdPort) =>
        ["-port", epmdPort.ToString(System.Globalization.CultureInfo.InvariantCulture), "-address", "127.0.0.1"];
}
