namespace SubscriberSdk.Generator.Output;

/// <summary>Finds the repository root: the nearest folder, walking up, that holds SubscriberSdk.sln.</summary>
internal static class RepositoryRoot
{
    public const string SolutionFile = "SubscriberSdk.sln";

    public static string? Find(string start)
    {
        for (var directory = new DirectoryInfo(start); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, SolutionFile)))
            {
                return directory.FullName;
            }
        }

        return null;
    }
}
