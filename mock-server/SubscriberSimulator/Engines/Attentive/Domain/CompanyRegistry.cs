using System.Collections.Concurrent;
using System.Globalization;
using System.Security.Cryptography;

namespace SubscriberSimulator.Engines.Attentive.Domain;

/// <summary>Companies by id and bearer tokens by value. Thread-safe; a company's contents use its own lock.</summary>
internal sealed class CompanyRegistry
{
    private readonly ConcurrentDictionary<string, AttentiveCompany> _companies = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, TokenGrant> _tokens = new(StringComparer.Ordinal);
    private readonly object _createGate = new();
    private long _nextCompany;
    private long _nextToken;

    public IReadOnlyCollection<AttentiveCompany> Companies => _companies.Values.ToArray();

    public IReadOnlyCollection<TokenGrant> Tokens => _tokens.Values.ToArray();

    public AttentiveCompany Create(AttentiveCompanyDefinition definition)
    {
        lock (_createGate)
        {
            var id = definition.CompanyId ?? NextCompanyId();
            if (string.IsNullOrWhiteSpace(id))
            {
                throw AttentiveRequestException.BadRequest("companyId must not be empty.");
            }

            var company = new AttentiveCompany(id, definition);
            if (!_companies.TryAdd(id, company))
            {
                throw AttentiveRequestException.Conflict($"A company with id '{id}' already exists.");
            }

            return company;
        }
    }

    public AttentiveCompany Get(string companyId) =>
        _companies.TryGetValue(companyId, out var company)
            ? company
            : throw AttentiveRequestException.NotFound($"No company with id '{companyId}' exists in the simulator.");

    public bool Contains(string companyId) => _companies.ContainsKey(companyId);

    public bool TryGetGrant(string token, out TokenGrant grant) => _tokens.TryGetValue(token, out grant!);

    /// <summary>Adds a token; a random one is generated when <paramref name="token"/> is null.</summary>
    public TokenGrant AddToken(string companyId, string? token, IEnumerable<string>? scopes)
    {
        Get(companyId);
        lock (_createGate)
        {
            var value = token ?? "attn_" + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));
            if (string.IsNullOrWhiteSpace(value) || value.Any(char.IsWhiteSpace))
            {
                throw AttentiveRequestException.BadRequest("A token must be non-empty and contain no whitespace.");
            }

            var grantedScopes = new HashSet<string>(scopes ?? AttentiveScopes.All, StringComparer.Ordinal);
            var tokenId = "token_" + (++_nextToken).ToString(CultureInfo.InvariantCulture);
            var grant = new TokenGrant(value, tokenId, companyId, grantedScopes);
            if (!_tokens.TryAdd(value, grant))
            {
                throw AttentiveRequestException.Conflict("That token is already in use.");
            }

            return grant;
        }
    }

    /// <summary>Takes over a company and its tokens built elsewhere (state import).</summary>
    public void Adopt(AttentiveCompany company, IEnumerable<TokenGrant> grants)
    {
        lock (_createGate)
        {
            _companies[company.Id] = company;
            foreach (var grant in grants)
            {
                _tokens[grant.Token] = grant with { TokenId = "token_" + (++_nextToken).ToString(CultureInfo.InvariantCulture) };
            }
        }
    }

    public void Clear()
    {
        lock (_createGate)
        {
            _companies.Clear();
            _tokens.Clear();
            _nextCompany = 0;
            _nextToken = 0;
        }
    }

    private string NextCompanyId()
    {
        string id;
        do
        {
            id = "company_" + (++_nextCompany).ToString(CultureInfo.InvariantCulture);
        }
        while (_companies.ContainsKey(id));

        return id;
    }
}
