namespace SubscriberSdk.Generator.Cli;

/// <summary>The parsed command line.</summary>
internal sealed record CommandLine(bool Check, bool Help, string? OpenApi, string? Output, string? Namespace, string? ClassName, string? Root)
{
    public const string Usage = """
        Usage: SubscriberSdk.Generator [--check] [--root DIR]
               SubscriberSdk.Generator --openapi FILE --output DIR --namespace NS --class-name NAME

          (no arguments)   regenerate the four clients from openapi/*.json and rewrite kiota-lock.json
          --check          regenerate in memory and exit 1 listing every file that differs from the committed output or lock
          --root DIR       repository root (default: the nearest parent folder holding SubscriberSdk.sln)
          --openapi FILE   generate a single document ...
          --output DIR     ... into this folder (stale files there are removed) ...
          --namespace NS   ... with this root namespace ...
          --class-name N   ... and this root client class name (no lock file is written)
        """;

    public bool IsSingleDocument => OpenApi is not null || Output is not null || Namespace is not null || ClassName is not null;

    /// <summary>Parses the arguments; returns null and an error message when they are not valid.</summary>
    public static CommandLine? Parse(IReadOnlyList<string> args, out string? error)
    {
        error = null;
        bool check = false, help = false;
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var index = 0; index < args.Count; index++)
        {
            switch (args[index])
            {
                case "--check":
                    check = true;
                    break;
                case "--help" or "-h":
                    help = true;
                    break;
                case "--openapi" or "--output" or "--namespace" or "--class-name" or "--root":
                    if (index + 1 >= args.Count)
                    {
                        error = $"Option '{args[index]}' needs a value.";
                        return null;
                    }

                    values[args[index]] = args[++index];
                    break;
                default:
                    error = $"Unknown argument '{args[index]}'.";
                    return null;
            }
        }

        var result = new CommandLine(check, help, values.GetValueOrDefault("--openapi"), values.GetValueOrDefault("--output"), values.GetValueOrDefault("--namespace"), values.GetValueOrDefault("--class-name"), values.GetValueOrDefault("--root"));
        if (result.IsSingleDocument && (result.OpenApi is null || result.Output is null || result.Namespace is null || result.ClassName is null))
        {
            error = "Single-document mode needs all of --openapi, --output, --namespace and --class-name.";
            return null;
        }

        if (result.IsSingleDocument && check)
        {
            error = "--check applies to the repository's four clients; it cannot be combined with --openapi.";
            return null;
        }

        return result;
    }
}
