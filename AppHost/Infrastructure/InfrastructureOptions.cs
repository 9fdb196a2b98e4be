namespace Qingmeng.AppHost.Infrastructure;

/// <summary>Configuration section <c>Infrastructure</c>: how PostgreSQL, RabbitMQ and Redis are run.</summary>
public sealed class InfrastructureOptions
{
    public const string SectionName = "Infrastructure";

    /// <summary>
    /// Run mode only: use the official container resources (needs a container engine).
    /// Publish mode always uses containers.
    /// </summary>
    public bool UseContainers { get; set; }

    /// <summary>Where the local servers keep their data; defaults to <c>&lt;repository&gt;/.data</c> (git-ignored).</summary>
    public string? DataRoot { get; set; }

    /// <summary>Directory with <c>initdb</c> and <c>postgres</c>; defaults to the newest <c>/usr/lib/postgresql/*/bin</c>.</summary>
    public string? PostgresBinDirectory { get; set; }

    /// <summary>Directory with the <c>rabbitmq-server</c> start script; defaults to <c>/usr/lib/rabbitmq/bin</c>.</summary>
    public string? RabbitMqBinDirectory { get; set; }

    /// <summary>Full path of Erlang's <c>epmd</c>; defaults to the one on PATH.</summary>
    public string? EpmdPath { get; set; }

    /// <summary>Full path of <c>redis-server</c>; defaults to the one on PATH.</summary>
    public string? RedisServerPath { get; set; }
}
