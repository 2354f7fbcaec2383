using SubscriberSdk.Essential;
using SubscriberSdk.TestSupport.Http;
using SubscriberSdk.TestSupport.Time;

namespace SubscriberSdk.Tests.Essential;

/// <summary>An Essential client over a scripted transport and a manual clock, for wire-format tests.</summary>
internal sealed class ScriptedEssentialClient : IDisposable
{
    public ScriptedEssentialClient()
    {
        Transport = new ScriptedHttpMessageHandler(Time);
        Client = new EssentialClient(new EssentialClientOptions
        {
            AccountSid = "AC123",
            AuthToken = "secret",
            BaseAddress = new Uri("https://essential.test"),
            Transport = Transport,
            TimeProvider = Time,
            JitterSource = () => 0.5,
        });
    }

    public ManualTimeProvider Time { get; } = new();

    public ScriptedHttpMessageHandler Transport { get; }

    public EssentialClient Client { get; }

    public void Dispose() => Client.Dispose();
}
