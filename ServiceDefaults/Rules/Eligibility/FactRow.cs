namespace Qingmeng.ServiceDefaults.Eligibility;

/// <summary>
/// The fields a family of rules reads, each given a fixed slot number, so that compiled conditions
/// (<see cref="CompiledCondition"/>) and applicants' facts (<see cref="FactRow"/>) meet by index instead of by name.
/// </summary>
public sealed class FactSchema
{
    private readonly Dictionary<string, int> _slots = new(StringComparer.Ordinal);
    private readonly List<string> _fields = [];

    public FactSchema(IEnumerable<string> fields)
    {
        ArgumentNullException.ThrowIfNull(fields);
        foreach (var field in fields)
        {
            ArgumentException.ThrowIfNullOrWhiteSpace(field);
            if (_slots.TryAdd(field, _fields.Count))
            {
                _fields.Add(field);
            }
        }
    }

    public IReadOnlyList<string> Fields => _fields;

    public int Count => _fields.Count;

    public bool TryGetSlot(string field, out int slot) => _slots.TryGetValue(field, out slot);

    public int SlotOf(string field) => _slots.TryGetValue(field, out var slot)
        ? slot
        : throw new ArgumentException($"The field '{field}' is not part of the fact schema.", nameof(field));
}

/// <summary>What a slot of a <see cref="FactRow"/> holds; <see cref="Unknown"/> when the fact is missing.</summary>
public enum FactKind : byte
{
    Unknown,
    Number,
    Text,
    Flag,
    Date,
    Set,
}

/// <summary>
/// One applicant's <see cref="Facts"/> laid out by a <see cref="FactSchema"/>: a typed slot per field (number,
/// day number, flag, text or set), resolved once so that evaluating many rules needs no dictionary look-ups,
/// boxing or parsing. Reusable: load the next applicant into the same row.
/// </summary>
public sealed class FactRow
{
    internal readonly Slot[] Slots;

    public FactRow(FactSchema schema)
    {
        ArgumentNullException.ThrowIfNull(schema);
        Schema = schema;
        Slots = new Slot[schema.Count];
    }

    public FactSchema Schema { get; }

    /// <summary>Loads every field of the schema.</summary>
    public FactRow Load(Facts facts)
    {
        ArgumentNullException.ThrowIfNull(facts);
        for (var slot = 0; slot < Slots.Length; slot++)
        {
            LoadSlot(facts, slot);
        }
        return this;
    }

    /// <summary>Loads only the given slots (those the rules at hand read); the others keep what they held.</summary>
    public FactRow Load(Facts facts, ReadOnlySpan<int> slots)
    {
        ArgumentNullException.ThrowIfNull(facts);
        if (slots.Length == Slots.Length && facts.Count < slots.Length)
        {
            // Every slot wanted and fewer facts known than slots: look up each fact rather than each slot.
            Array.Clear(Slots);
            foreach (var (field, value) in facts.Values)
            {
                if (Schema.TryGetSlot(field, out var slot))
                {
                    Slots[slot] = SlotOf(value);
                }
            }
            return this;
        }
        foreach (var slot in slots)
        {
            LoadSlot(facts, slot);
        }
        return this;
    }

    public FactKind KindOf(int slot) => Slots[slot].Kind;

    /// <summary>The number in a slot, or null when the slot holds no number.</summary>
    public decimal? NumberOf(int slot) => Slots[slot] is { Kind: FactKind.Number } value ? value.Number : null;

    private void LoadSlot(Facts facts, int slot)
    {
        Slots[slot] = facts.TryGet(Schema.Fields[slot], out var value) ? SlotOf(value) : default;
    }

    private static Slot SlotOf(object value) =>
        value switch
        {
            decimal number => TryScale(number, out var scaled)
                ? new Slot(FactKind.Number, value, number, 1, scaled)
                : new Slot(FactKind.Number, value, number, 0, 0),
            string => new Slot(FactKind.Text, value, 0m, 0, 0),
            bool flag => new Slot(FactKind.Flag, value, 0m, flag ? 1 : 0, 0),
            DateOnly date => new Slot(FactKind.Date, value, 0m, date.DayNumber, 0),
            ISet<string> => new Slot(FactKind.Set, value, 0m, 0, 0),
            _ => default,
        };

    /// <summary>Decimal places of <see cref="Slot.Scaled"/>: numbers with at most this many compare as 64-bit integers.</summary>
    internal const int ScaledDecimals = 4;

    private static readonly long[] PowersOfTen = [1, 10, 100, 1_000, 10_000];

    /// <summary>The number times 10^<see cref="ScaledDecimals"/> when that is an exact 64-bit integer.</summary>
    internal static bool TryScale(decimal number, out long scaled)
    {
        scaled = 0;
        Span<int> bits = stackalloc int[4];
        decimal.GetBits(number, bits);
        if (bits[2] != 0 || bits[1] < 0)
        {
            return false;
        }
        var mantissa = ((long)bits[1] << 32) | (uint)bits[0];
        var scale = (bits[3] >> 16) & 0xFF;
        while (scale > ScaledDecimals && mantissa % 10 == 0)
        {
            mantissa /= 10;
            scale--;
        }
        if (scale > ScaledDecimals)
        {
            return false;
        }
        var factor = PowersOfTen[ScaledDecimals - scale];
        if (mantissa > long.MaxValue / factor)
        {
            return false;
        }
        scaled = bits[3] < 0 ? -(mantissa * factor) : mantissa * factor;
        return true;
    }

    /// <summary>
    /// The fact as stored in <see cref="Facts"/> (for explanations), unboxed where it is compared: a number also as
    /// <see cref="Scaled"/> when <see cref="Integer"/> is 1; a date as its day number and a flag as 0 / 1 in <see cref="Integer"/>.
    /// </summary>
    internal readonly record struct Slot(FactKind Kind, object? Value, decimal Number, int Integer, long Scaled);
}
