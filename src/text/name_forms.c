/*
 * name_forms.c — East Slavic given names and their forms (see name_forms.h).
 *
 * The forms are the usual romanisations of the Russian, Ukrainian and Belarusian forms of
 * common East Slavic given names, as the Russian, Ukrainian and Belarusian entries of the OFAC
 * SDN list spell them (Aleksei and Aleksey, Oleksii and Oleksiy, Dzmitry), and the forms that
 * OFAC gives as a.k.a.s of the same people beside them: the everyday short forms Nadia, Nadya
 * (Nadezhda) and Liza (Yelizaveta), the English Peter (Pyotr), Janna (Zhanna). The table is
 * sorted by form, for a binary search.
 *
 * Beside them, a few short forms of other languages that OFAC gives as a.k.a.s of the name
 * itself, each with the full forms the short one stands for, one group per short form (so that
 * Ricky meets Ricardo and Richard, not Frederick), after Wikipedia's entries for the short form:
 * "Tony (given name)" (Anthony, Antonio, Antoine), "Ricky (given name)" (Richard, Ricardo),
 * "Lalo" (the Spanish hypocorism of Eduardo), "Kakha" (the Georgian short form of Kakhaber).
 */
#include "text/name_forms.h"

#include <stdint.h>
#include <string.h>

typedef struct form {
    const char *form;
    const char *name; /* the Russian form */
} form;

static const form FORMS[] = {
    {"aleh", "oleg"}, {"aleksander", "aleksandr"}, {"aleksandr", "aleksandr"}, {"aleksei", "aleksey"},
    {"aleksey", "aleksey"}, {"alena", "yelena"}, {"alexander", "aleksandr"}, {"alexandr", "aleksandr"},
    {"alexei", "aleksey"}, {"alexey", "aleksey"}, {"aliaksandr", "aleksandr"}, {"aliaksei", "aleksey"},
    {"aliaksey", "aleksey"}, {"alyaksandr", "aleksandr"}, {"alyaksei", "aleksey"},
    {"anatol", "anatoliy"}, {"anatoli", "anatoliy"}, {"anatolii", "anatoliy"},
    {"anatoliy", "anatoliy"}, {"anatoly", "anatoliy"}, {"andrei", "andrey"}, {"andrej", "andrey"},
    {"andrey", "andrey"}, {"andrii", "andrey"}, {"andriy", "andrey"}, {"anthony", "anthony"},
    {"antoine", "anthony"}, {"antonio", "anthony"}, {"arciom", "artem"}, {"artem", "artem"},
    {"artiom", "artem"}, {"artsiom", "artem"}, {"artyom", "artem"}, {"bogdan", "bogdan"}, {"bohdan", "bogdan"},
    {"denis", "denis"}, {"denys", "denis"}, {"dmitri", "dmitriy"}, {"dmitrii", "dmitriy"},
    {"dmitriy", "dmitriy"}, {"dmitry", "dmitriy"}, {"dmytro", "dmitriy"}, {"dzmitry", "dmitriy"},
    {"dzmitryi", "dmitriy"}, {"eduardo", "eduardo"}, {"ekaterina", "yekaterina"}, {"elena", "yelena"},
    {"elizaveta", "yelizaveta"}, {"evgenii", "yevgeniy"}, {"evgeniy", "yevgeniy"},
    {"evgeny", "yevgeniy"}, {"fedir", "fyodor"}, {"fedor", "fyodor"}, {"fiodar", "fyodor"},
    {"fyodor", "fyodor"}, {"galina", "galina"}, {"gennadii", "gennadiy"}, {"gennadiy", "gennadiy"},
    {"gennady", "gennadiy"}, {"grigorii", "grigoriy"}, {"grigoriy", "grigoriy"},
    {"grigory", "grigoriy"}, {"halyna", "galina"}, {"hennadii", "gennadiy"}, {"hennadiy", "gennadiy"},
    {"hienadz", "gennadiy"}, {"hryhorii", "grigoriy"}, {"hryhoriy", "grigoriy"}, {"igor", "igor"},
    {"ihar", "igor"}, {"ihor", "igor"}, {"illia", "ilya"}, {"illya", "ilya"}, {"ilya", "ilya"},
    {"irina", "irina"}, {"iryna", "irina"}, {"iurii", "yuriy"}, {"janna", "zhanna"}, {"juri", "yuriy"},
    {"jurij", "yuriy"}, {"kakha", "kakhaber"}, {"kakhaber", "kakhaber"}, {"kanstantin", "konstantin"},
    {"katerina", "yekaterina"},
    {"kateryna", "yekaterina"}, {"katsiaryna", "yekaterina"}, {"katsyaryna", "yekaterina"},
    {"kirill", "kirill"}, {"kiryl", "kirill"}, {"konstantin", "konstantin"}, {"kostiantyn", "konstantin"},
    {"kostyantyn", "konstantin"}, {"kyrylo", "kirill"}, {"lalo", "eduardo"},
    {"leanid", "leonid"}, {"leonid", "leonid"}, {"liudmila", "lyudmila"}, {"liudmyla", "lyudmila"},
    {"liza", "yelizaveta"}, {"lyudmila", "lyudmila"}, {"maksim", "maksim"}, {"maksym", "maksim"},
    {"maxim", "maksim"}, {"michail", "mikhail"}, {"mikalai", "nikolay"}, {"mikalay", "nikolay"},
    {"mikhail", "mikhail"}, {"mikhal", "mikhail"}, {"mikhas", "mikhail"}, {"mykhailo", "mikhail"},
    {"mykhaylo", "mikhail"}, {"mykola", "nikolay"}, {"nadezhda", "nadezhda"}, {"nadia", "nadezhda"},
    {"nadiya", "nadezhda"}, {"nadya", "nadezhda"}, {"nadzeya", "nadezhda"}, {"natalia", "natalya"},
    {"nataliya", "natalya"}, {"natallia", "natalya"}, {"natalya", "natalya"}, {"nikolai", "nikolay"},
    {"nikolay", "nikolay"}, {"oleg", "oleg"}, {"oleh", "oleg"}, {"oleksander", "aleksandr"},
    {"oleksandr", "aleksandr"}, {"oleksii", "aleksey"}, {"oleksij", "aleksey"}, {"oleksiy", "aleksey"},
    {"olena", "yelena"}, {"olga", "olga"}, {"olha", "olga"}, {"paval", "pavel"}, {"pavel", "pavel"},
    {"pavlo", "pavel"}, {"peter", "pyotr"}, {"petr", "pyotr"}, {"petro", "pyotr"}, {"piotr", "pyotr"},
    {"pyatro", "pyotr"}, {"pyotr", "pyotr"}, {"ricardo", "richard"}, {"richard", "richard"},
    {"ricky", "richard"}, {"ryhor", "grigoriy"}, {"semen", "semyon"}, {"semyon", "semyon"},
    {"sergei", "sergey"}, {"sergey", "sergey"}, {"sergiy", "sergey"}, {"serhii", "sergey"},
    {"serhij", "sergey"}, {"serhiy", "sergey"}, {"siarhei", "sergey"}, {"siarhey", "sergey"},
    {"stanislau", "stanislav"}, {"stanislav", "stanislav"}, {"stepan", "stepan"},
    {"stsiapan", "stepan"}, {"svetlana", "svetlana"}, {"sviatlana", "svetlana"},
    {"svitlana", "svetlana"}, {"tatiana", "tatyana"}, {"tatsiana", "tatyana"}, {"tatyana", "tatyana"},
    {"tetiana", "tatyana"}, {"timofei", "timofey"}, {"timofey", "timofey"}, {"tony", "anthony"},
    {"tsimafei", "timofey"}, {"uladzimer", "vladimir"}, {"uladzimir", "vladimir"}, {"vadim", "vadim"},
    {"vadym", "vadim"}, {"valer", "valeriy"}, {"valerii", "valeriy"}, {"valeriy", "valeriy"},
    {"valery", "valeriy"}, {"vasil", "vasiliy"}, {"vasili", "vasiliy"}, {"vasilii", "vasiliy"},
    {"vasiliy", "vasiliy"}, {"vasily", "vasiliy"}, {"vasyl", "vasiliy"}, {"viachaslau", "vyacheslav"},
    {"viacheslav", "vyacheslav"}, {"viktar", "viktor"}, {"viktor", "viktor"}, {"vital", "vitaliy"},
    {"vitalii", "vitaliy"}, {"vitaliy", "vitaliy"}, {"vitaly", "vitaliy"}, {"vladimir", "vladimir"},
    {"volha", "olga"}, {"volodymyr", "vladimir"}, {"vyacheslav", "vyacheslav"},
    {"wladimir", "vladimir"}, {"yakiv", "yakov"}, {"yakov", "yakov"}, {"yauhen", "yevgeniy"},
    {"yekaterina", "yekaterina"}, {"yelena", "yelena"}, {"yelizaveta", "yelizaveta"},
    {"yelyzaveta", "yelizaveta"}, {"yevgenii", "yevgeniy"}, {"yevgeniy", "yevgeniy"},
    {"yevgeny", "yevgeniy"}, {"yevhen", "yevgeniy"}, {"yevheniy", "yevgeniy"}, {"yulia", "yuliya"},
    {"yuliia", "yuliya"}, {"yuliya", "yuliya"}, {"yuri", "yuriy"}, {"yurii", "yuriy"},
    {"yurij", "yuriy"}, {"yuriy", "yuriy"}, {"yury", "yuriy"}, {"zhanna", "zhanna"},
};

/* Bit b of SECOND[a]: some form begins with the letters 'a' + a, 'b' + b — a test that spares
 * nearly every word of other names the binary search (most words compared are not East Slavic
 * given names). Written out from FORMS; test_text's east_slavic_name_forms looks up the first
 * and last forms and one of every name. */
static const uint32_t SECOND[26] = {
    0x0022800, 0x0004000, 0x0000000, 0x2001010, 0x0200C08, 0x1000110, 0x0020011, 0x0020111,
    0x01208C0, 0x0100001, 0x1004101, 0x1000111, 0x1000101, 0x0000101, 0x0000800, 0x1000111,
    0x0000000, 0x1000100, 0x0280110, 0x0044111, 0x0000800, 0x1004901, 0x0000800, 0x0000000,
    0x0100011, 0x0000080,
};

/* The entry of FORMS (sorted, each form once) whose form is latin (at least one letter), or
 * NULL: a binary search whose probes compare the first letter before the rest, where most of
 * them differ; the scorer asks it of many pairs of words, and a call of bsearch's comparison
 * and of strcmp at every probe cost three times as much. */
static const form *form_entry(const char *latin)
{
    unsigned char first = (unsigned char)latin[0];
    size_t lo = 0, hi = sizeof FORMS / sizeof FORMS[0];
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        const char *f = FORMS[mid].form;
        int c = (int)first - (int)(unsigned char)f[0];
        if (c == 0)
            c = strcmp(latin + 1, f + 1);
        if (c == 0)
            return &FORMS[mid];
        if (c < 0)
            hi = mid;
        else
            lo = mid + 1;
    }
    return NULL;
}

bool cdn_may_be_name_form(const char *latin, size_t len)
{
    unsigned first = (unsigned char)latin[0] - 'a', second = (unsigned char)latin[1] - 'a';
    return len >= 4 && len <= 10 && first < 26 && second < 26 && (SECOND[first] >> second & 1);
}

bool cdn_name_forms_consistent(void)
{
    for (size_t i = 0; i < sizeof FORMS / sizeof FORMS[0]; i++)
        if ((i > 0 && strcmp(FORMS[i - 1].form, FORMS[i].form) >= 0) ||
            !cdn_may_be_name_form(FORMS[i].form, strlen(FORMS[i].form)))
            return false;
    return true;
}

const char *cdn_name_form(const char *latin)
{
    if (!cdn_may_be_name_form(latin, strlen(latin)))
        return NULL;
    const form *f = form_entry(latin);
    return f ? f->name : NULL;
}

size_t cdn_name_forms_of(const char *latin, const char *out[CDN_NAME_FORMS_MAX])
{
    const char *name = cdn_name_form(latin);
    size_t n = 0;
    for (size_t i = 0; name && i < sizeof FORMS / sizeof FORMS[0] && n < CDN_NAME_FORMS_MAX; i++)
        if (FORMS[i].name[0] == name[0] && strcmp(FORMS[i].name, name) == 0 && strcmp(FORMS[i].form, latin) != 0)
            out[n++] = FORMS[i].form;
    return n;
}
