namespace SubscriberSdk.Tests.Support;

/// <summary>Guards against a hung test: a real-time safety limit, never a timing assertion.</summary>
internal static class Await
{
    public static readonly TimeSpan SafetyLimit = TimeSpan.FromSeconds(20);

    public static Task<T> Bounded<T>(this Task<T> task) => task.WaitAsync(SafetyLimit);

    public static Task Bounded(this Task task) => task.WaitAsync(SafetyLimit);
}
