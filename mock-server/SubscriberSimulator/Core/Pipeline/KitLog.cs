namespace SubscriberSimulator.Core.Pipeline;

/// <summary>The kit's log messages. Paths are not logged: they can hold phone numbers and emails.</summary>
internal static partial class KitLog
{
    [LoggerMessage(Level = LogLevel.Error, Message = "Unhandled exception in the {Provider} engine while serving a {Method} request; answered 500.")]
    public static partial void Unhandled(ILogger logger, Exception exception, string provider, string method);
}
