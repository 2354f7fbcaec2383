namespace Reliability.Tests.Support;

/// <summary>Locates the repository (the folder holding SubscriberSdk.sln) from the test's output folder.</summary>
internal static class RepositoryPaths
{
    public static string Root { get; } = FindRoot();

    public static string OpenApi(string fileName) => Path.Combine(Root, "openapi", fileName);

    private static string FindRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "SubscriberSdk.sln")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException($"No SubscriberSdk.sln above {AppContext.BaseDirectory}; run the tests from the repository.");
    }
}
