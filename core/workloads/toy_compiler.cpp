// The toy language the "compiler" miniature builds: `let vN = EXPR % 1000003;` statements over
// integers, with + - * % and parentheses. Real compiler stages, small: lexer, recursive-descent parser
// into a syntax tree, constant folding, code generation to a stack bytecode, and a run of the
// bytecode to check that it computes what the folder computed.
#include "core/workloads/measure.h"
#include "core/workloads/miniatures.h"

#include <cctype>
#include <cstring>
#include <unordered_map>

namespace ptlab::workloads {

namespace {

enum class Tok
{
    Let,
    Ident,
    Number,
    Op,
    LParen,
    RParen,
    Assign,
    Semi,
    End,
};

struct Token
{
    Tok kind;
    std::string_view text;
    std::int64_t value = 0;
};

bool lex(std::string_view src, std::vector<Token>& out, std::string& error)
{
    std::size_t i = 0;
    while (i < src.size()) {
        const char c = src[i];
        if (std::isspace(static_cast<unsigned char>(c))) {
            ++i;
        } else if (std::isdigit(static_cast<unsigned char>(c))) {
            std::size_t j = i;
            std::int64_t v = 0;
            while (j < src.size() && std::isdigit(static_cast<unsigned char>(src[j])))
                v = v * 10 + (src[j++] - '0');
            out.push_back({ Tok::Number, src.substr(i, j - i), v });
            i = j;
        } else if (std::isalpha(static_cast<unsigned char>(c))) {
            std::size_t j = i;
            while (j < src.size() && std::isalnum(static_cast<unsigned char>(src[j])))
                ++j;
            const auto word = src.substr(i, j - i);
            out.push_back({ word == "let" ? Tok::Let : Tok::Ident, word });
            i = j;
        } else if (std::strchr("+-*%", c)) {
            out.push_back({ Tok::Op, src.substr(i, 1) });
            ++i;
        } else if (c == '(' || c == ')' || c == '=' || c == ';') {
            out.push_back({ c == '(' ? Tok::LParen
                    : c == ')'       ? Tok::RParen
                    : c == '='       ? Tok::Assign
                                     : Tok::Semi,
                src.substr(i, 1) });
            ++i;
        } else {
            error = "unexpected character at offset " + std::to_string(i);
            return false;
        }
    }
    out.push_back({ Tok::End, {} });
    return true;
}

struct Node
{
    char op = 0; // 0: number, 'v': variable, else the operator
    std::int64_t value = 0; // number, or variable slot
    int left = -1, right = -1;
};

class Parser
{
public:
    Parser(const std::vector<Token>& toks, std::vector<Node>& nodes) : m_toks(toks), m_nodes(nodes) { }
    // let IDENT = expr ;   → returns the root node of expr, the slot assigned in `slot`
    bool statement(int& root, int& slot)
    {
        if (!expect(Tok::Let))
            return false;
        if (peek().kind != Tok::Ident)
            return fail("a name after let");
        const auto name = m_toks[m_pos++].text;
        if (!expect(Tok::Assign))
            return false;
        root = expr();
        if (root < 0 || !expect(Tok::Semi))
            return false;
        slot = static_cast<int>(m_slots.size());
        m_slots.emplace(name, slot);
        return true;
    }
    bool atEnd() const { return peek().kind == Tok::End; }
    const std::string& error() const { return m_error; }

private:
    const Token& peek() const { return m_toks[m_pos]; }
    bool fail(const std::string& what)
    {
        if (m_error.empty())
            m_error = "expected " + what + " at token " + std::to_string(m_pos);
        return false;
    }
    bool expect(Tok kind)
    {
        if (peek().kind != kind)
            return fail("another token");
        ++m_pos;
        return true;
    }
    int add(Node n)
    {
        m_nodes.push_back(n);
        return static_cast<int>(m_nodes.size()) - 1;
    }
    // expr := term (('+'|'-') term)* ; term := unit (('*'|'%') unit)* ; unit := number | name | ( expr )
    int expr()
    {
        int left = term();
        while (left >= 0 && peek().kind == Tok::Op && (peek().text[0] == '+' || peek().text[0] == '-')) {
            const char op = m_toks[m_pos++].text[0];
            const int right = term();
            if (right < 0)
                return -1;
            left = add({ op, 0, left, right });
        }
        return left;
    }
    int term()
    {
        int left = unit();
        while (left >= 0 && peek().kind == Tok::Op && (peek().text[0] == '*' || peek().text[0] == '%')) {
            const char op = m_toks[m_pos++].text[0];
            const int right = unit();
            if (right < 0)
                return -1;
            left = add({ op, 0, left, right });
        }
        return left;
    }
    int unit()
    {
        const Token& t = peek();
        if (t.kind == Tok::Number) {
            ++m_pos;
            return add({ 0, t.value });
        }
        if (t.kind == Tok::Ident) {
            auto it = m_slots.find(t.text);
            if (it == m_slots.end()) {
                m_error = "undefined name " + std::string(t.text);
                return -1;
            }
            ++m_pos;
            return add({ 'v', it->second });
        }
        if (t.kind == Tok::LParen) {
            ++m_pos;
            const int e = expr();
            if (e < 0 || !expect(Tok::RParen))
                return -1;
            return e;
        }
        fail("a number, a name or (");
        return -1;
    }

    const std::vector<Token>& m_toks;
    std::vector<Node>& m_nodes;
    std::unordered_map<std::string_view, int> m_slots;
    std::size_t m_pos = 0;
    std::string m_error;
};

std::int64_t apply(char op, std::int64_t a, std::int64_t b)
{
    switch (op) {
    case '+':
        return a + b;
    case '-':
        return a - b;
    case '*':
        return a * b;
    default:
        return b == 0 ? 0 : a % b;
    }
}

std::int64_t fold(const std::vector<Node>& nodes, int n, const std::vector<std::int64_t>& env)
{
    const Node& node = nodes[static_cast<std::size_t>(n)];
    if (node.op == 0)
        return node.value;
    if (node.op == 'v')
        return env[static_cast<std::size_t>(node.value)];
    return apply(node.op, fold(nodes, node.left, env), fold(nodes, node.right, env));
}

enum Op : std::uint8_t
{
    Push = 1,
    Load,
    Store,
    Add,
    Sub,
    Mul,
    Mod,
};

void emit(std::string& code, std::uint8_t op, std::int64_t arg = 0, bool withArg = false)
{
    code.push_back(static_cast<char>(op));
    if (withArg)
        for (int i = 0; i < 8; ++i)
            code.push_back(static_cast<char>((static_cast<std::uint64_t>(arg) >> (8 * i)) & 0xff));
}

void generate(const std::vector<Node>& nodes, int n, std::string& code)
{
    const Node& node = nodes[static_cast<std::size_t>(n)];
    if (node.op == 0)
        return emit(code, Push, node.value, true);
    if (node.op == 'v')
        return emit(code, Load, node.value, true);
    generate(nodes, node.left, code);
    generate(nodes, node.right, code);
    emit(code, node.op == '+' ? Add : node.op == '-' ? Sub : node.op == '*' ? Mul : Mod);
}

std::int64_t runBytecode(const std::string& code, std::size_t slots)
{
    std::vector<std::int64_t> stack, vars(slots, 0);
    std::int64_t last = 0;
    std::size_t pc = 0;
    auto arg = [&code, &pc] {
        std::uint64_t v = 0;
        for (int i = 0; i < 8; ++i)
            v |= static_cast<std::uint64_t>(static_cast<unsigned char>(code[pc + i])) << (8 * i);
        pc += 8;
        return static_cast<std::int64_t>(v);
    };
    while (pc < code.size()) {
        const auto op = static_cast<std::uint8_t>(code[pc++]);
        if (op == Push) {
            stack.push_back(arg());
        } else if (op == Load) {
            stack.push_back(vars[static_cast<std::size_t>(arg())]);
        } else if (op == Store) {
            last = vars[static_cast<std::size_t>(arg())] = stack.back();
            stack.pop_back();
        } else {
            const std::int64_t b = stack.back();
            stack.pop_back();
            const std::int64_t a = stack.back();
            stack.back() = apply(op == Add ? '+' : op == Sub ? '-' : op == Mul ? '*' : '%', a, b);
        }
    }
    return last;
}

} // namespace

std::string generateSource(std::size_t fileIndex, int statements)
{
    std::uint64_t s = fileIndex * 1000003 + 11;
    std::string out = "let v0 = " + std::to_string(splitmix(s) % 1000) + ";\n";
    for (int k = 1; k < statements; ++k) {
        auto var = [&] { return "v" + std::to_string(splitmix(s) % static_cast<std::uint64_t>(k)); };
        auto lit = [&] { return std::to_string(1 + splitmix(s) % 997); };
        std::string e = "(" + var() + " * " + lit() + " + " + var() + ")";
        const int extra = 1 + static_cast<int>(splitmix(s) % 4);
        for (int t = 0; t < extra; ++t) {
            const char* op = (splitmix(s) & 1) ? " + " : " - ";
            e += op + ((splitmix(s) & 1) ? var() + " % " + lit() : "(" + var() + " - " + lit() + ") * " + lit());
        }
        out += "let v" + std::to_string(k) + " = (" + e + ") % 1000003;\n";
    }
    return out;
}

CompileOutput compileSource(std::string_view source)
{
    CompileOutput out;
    std::vector<Token> toks;
    if (!lex(source, toks, out.error))
        return out;
    std::vector<Node> nodes;
    Parser parser(toks, nodes);
    std::vector<std::int64_t> env;
    while (!parser.atEnd()) {
        int root = -1, slot = -1;
        if (!parser.statement(root, slot)) {
            out.error = parser.error();
            return out;
        }
        const std::int64_t value = fold(nodes, root, env); // what an optimiser would fold at compile time
        env.push_back(value);
        out.folded = value;
        generate(nodes, root, out.object);
        emit(out.object, Store, slot, true);
    }
    out.result = runBytecode(out.object, env.size());
    out.ok = out.result == out.folded;
    if (!out.ok)
        out.error = "the bytecode computes a different value than the folder";
    return out;
}

} // namespace ptlab::workloads
