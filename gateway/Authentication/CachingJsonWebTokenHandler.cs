using System.Diagnostics.Metrics;
using System.Security.Claims;
using System.Security.Cryptography;
using System.Text;
using System.Collections.Concurrent;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Qingmeng.Gateway.Authentication;

/// <summary>
/// Remembers tokens that validated, so a client's next requests with the same token skip the signature check: on the
/// gateway's hot path the RSA verification and JSON parsing of every bearer token cost about as much as forwarding the
/// request. Only valid results are kept, keyed by a hash of the whole token (a changed byte is a different key), and never
/// past the token's own expiry or <see cref="MaxAge"/>, so a removed signing key stops being trusted within that time.
/// Each hit returns a copy of the claims, so nothing a request does to its principal reaches another request.
/// </summary>
public sealed class CachingJsonWebTokenHandler : JsonWebTokenHandler
{
    public static readonly TimeSpan MaxAge = TimeSpan.FromMinutes(2);

    private readonly ConcurrentDictionary<string, CachedValidation> _validated = new(StringComparer.Ordinal);
    private readonly int _capacity;
    private readonly TimeProvider _time;
    private readonly Counter<long> _lookups;

    public CachingJsonWebTokenHandler(TimeProvider time, IMeterFactory meters, int capacity = 10_000)
    {
        _time = time;
        _capacity = capacity;
        _lookups = meters.Create("Qingmeng.Gateway").CreateCounter<long>(
            "qingmeng.gateway.token_cache.lookups", "{lookup}", "Bearer tokens looked up in the validation cache (result: hit, miss).");
        // JwtBearer maps nothing either (MapInboundClaims is off): claims keep their JWT names.
        MapInboundClaims = false;
    }

    public override async Task<TokenValidationResult> ValidateTokenAsync(string token, TokenValidationParameters validationParameters)
    {
        var key = CacheKey(token);
        if (_validated.TryGetValue(key, out var cached) && cached.Until > _time.GetUtcNow())
        {
            _lookups.Add(1, new KeyValuePair<string, object?>("result", "hit"));
            return new TokenValidationResult
            {
                IsValid = true,
                ClaimsIdentity = cached.Identity.Clone(),
                SecurityToken = cached.Token,
                Issuer = cached.Issuer,
                TokenType = cached.TokenType,
            };
        }

        _lookups.Add(1, new KeyValuePair<string, object?>("result", "miss"));
        var result = await base.ValidateTokenAsync(token, validationParameters);
        if (result.IsValid && result.SecurityToken is { } securityToken && result.ClaimsIdentity is { } identity)
        {
            var now = _time.GetUtcNow();
            var expires = new DateTimeOffset(DateTime.SpecifyKind(securityToken.ValidTo, DateTimeKind.Utc));
            var until = expires < now + MaxAge ? expires : now + MaxAge;
            if (until > now)
            {
                MakeRoom(now);
                _validated[key] = new CachedValidation(identity.Clone(), securityToken, result.Issuer, result.TokenType, until);
            }
        }
        return result;
    }

    public int Count => _validated.Count;

    /// <summary>Bounded memory: expired entries go first; if every entry is still live, the cache starts over.</summary>
    private void MakeRoom(DateTimeOffset now)
    {
        if (_validated.Count < _capacity)
        {
            return;
        }
        foreach (var (key, entry) in _validated)
        {
            if (entry.Until <= now)
            {
                _validated.TryRemove(key, out _);
            }
        }
        if (_validated.Count >= _capacity)
        {
            _validated.Clear();
        }
    }

    private static string CacheKey(string token) => Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(token)));

    private sealed record CachedValidation(ClaimsIdentity Identity, SecurityToken Token, string? Issuer, string? TokenType, DateTimeOffset Until);
}
