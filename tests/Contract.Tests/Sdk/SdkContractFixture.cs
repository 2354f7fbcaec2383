using Contract.Tests.Contracts;
using SubscriberSimulator;

namespace Contract.Tests.Sdk;

/// <summary>
/// One in-memory simulator per test class. Every SDK client a test builds sends through a
/// <see cref="ContractValidatingHandler"/>, so every request the SDK sends and every response the
/// simulator returns is checked against the specs.
/// </summary>
public sealed class SdkContractFixture : IDisposable
{
    public SimulatorServer Server { get; } = SimulatorServer.CreateInMemory();

    public Uri BaseAddress(ProviderSpec provider) => new(Server.BaseAddress, provider.Prefix.TrimStart('/'));

    public ContractValidatingHandler Transport(ContractViolationLog log) => new(Server.CreateHandler(), log);

    public void Dispose() => Server.Dispose();
}
