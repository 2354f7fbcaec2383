namespace SubscriberSdk.TestSupport.Repository;

/// <summary>
/// Locates the repository (the folder holding SubscriberSdk.sln) from the test's output folder. Not from
/// [CallerFilePath]: deterministic CI builds map source paths to "/_/", which exists nowhere on disk.
/// </summary>
public static class RepositoryPaths
{
    public static string Root { get; } = FindRoot();

    public static string OpenApi(string fileName) => Path.Combine(Root, "openapi", fileName);

    public static string File(string relativePath) => Path.Combine(Root, relativePath);

    private static string FindRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (System.IO.File.Exists(Path.Combine(folder.FullName, "SubscriberSdk.sln")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException($"No SubscriberSdk.sln above {AppContext.BaseDirectory}; run the tests from the repository.");
    }
}
