namespace Contract.Tests.Contracts;

/// <summary>
/// Checks every request passing through against the spec before sending it, and every response
/// after. It records instead of throwing, so the caller's own behaviour (retries, error mapping)
/// is not disturbed; tests end with <see cref="ContractViolationLog.AssertClean"/>.
/// </summary>
public sealed class ContractValidatingHandler : DelegatingHandler
{
    private readonly OpenApiContract _contract;

    private readonly ProviderSpec? _provider;
    private readonly string _basePath;

    /// <param name="inner">The transport.</param>
    /// <param name="log">Where exchanges and violations are recorded.</param>
    /// <param name="provider">When set, paths are read relative to <paramref name="basePath"/> in this provider's spec
    /// (a sandbox has no simulator prefix); otherwise the simulator prefix picks the provider.</param>
    /// <param name="basePath">The path of the provider's base URL, e.g. "/essential" on the simulator, "" on a sandbox.</param>
    public ContractValidatingHandler(HttpMessageHandler inner, ContractViolationLog log, ProviderSpec? provider = null, string basePath = "")
        : base(inner)
    {
        Log = log;
        _contract = OpenApiContract.Instance;
        _provider = provider;
        _basePath = basePath.TrimEnd('/');
    }

    public ContractViolationLog Log { get; }

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var path = request.RequestUri?.AbsolutePath ?? string.Empty;
        var operation = _provider is null
            ? _contract.FindOperation(request.Method.Method, path)
            : path.StartsWith(_basePath, StringComparison.Ordinal) ? _contract.FindOperation(_provider, request.Method.Method, path[_basePath.Length..]) : null;
        var violations = new List<ContractViolation>();
        if (operation is null)
        {
            violations.Add(new ContractViolation($"{request.Method} {path}", "request", "$", "no operation in the specs matches this method and path"));
        }
        else
        {
            // Buffering keeps the content readable for the inner handler.
            var body = request.Content is null ? null : await request.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
            violations.AddRange(_contract.ValidateRequest(operation, body));
        }

        var response = await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
        if (operation is not null)
        {
            await response.Content.LoadIntoBufferAsync(cancellationToken).ConfigureAwait(false);
            var body = await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
            violations.AddRange(_contract.ValidateResponse(operation, (int)response.StatusCode, body));
        }

        Log.Record(violations);
        return response;
    }
}
