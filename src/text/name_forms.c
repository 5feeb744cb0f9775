/*
 * name_forms.c — East Slavic given names and their forms (see name_forms.h).
 *
 * The forms are the BGN/PCGN romanisations of the Russian, Ukrainian (2012 national system)
 * and Belarusian (BGN/PCGN 1979) forms of the commonest given names of the Russian, Ukrainian
 * and Belarusian entries of the OFAC SDN list, with the spellings those entries use besides
 * (Aleksei, Oleksii, Dzmitryi). The table is sorted by form, for a binary search.
 */
#include "text/name_forms.h"

#include <stdlib.h>
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
    {"andrey", "andrey"}, {"andrii", "andrey"}, {"andriy", "andrey"}, {"bogdan", "bogdan"},
    {"bohdan", "bogdan"}, {"denis", "denis"}, {"denys", "denis"}, {"dmitri", "dmitriy"},
    {"dmitrii", "dmitriy"}, {"dmitriy", "dmitriy"}, {"dmitry", "dmitriy"}, {"dmytro", "dmitriy"},
    {"dzmitry", "dmitriy"}, {"dzmitryi", "dmitriy"}, {"ekaterina", "yekaterina"}, {"elena", "yelena"},
    {"evgenii", "yevgeniy"}, {"evgeniy", "yevgeniy"}, {"evgeny", "yevgeniy"}, {"fedir", "fyodor"},
    {"fedor", "fyodor"}, {"fiodar", "fyodor"}, {"fyodor", "fyodor"}, {"galina", "galina"},
    {"gennadii", "gennadiy"}, {"gennadiy", "gennadiy"}, {"gennady", "gennadiy"},
    {"grigorii", "grigoriy"}, {"grigoriy", "grigoriy"}, {"grigory", "grigoriy"}, {"halyna", "galina"},
    {"hennadii", "gennadiy"}, {"hennadiy", "gennadiy"}, {"hienadz", "gennadiy"},
    {"hryhorii", "grigoriy"}, {"hryhoriy", "grigoriy"}, {"igor", "igor"}, {"ihar", "igor"},
    {"ihor", "igor"}, {"illia", "ilya"}, {"illya", "ilya"}, {"ilya", "ilya"}, {"irina", "irina"},
    {"iryna", "irina"}, {"iurii", "yuriy"}, {"juri", "yuriy"}, {"jurij", "yuriy"},
    {"katerina", "yekaterina"}, {"kateryna", "yekaterina"}, {"katsiaryna", "yekaterina"},
    {"katsyaryna", "yekaterina"}, {"kirill", "kirill"}, {"kiryl", "kirill"}, {"kyrylo", "kirill"},
    {"leanid", "leonid"}, {"leonid", "leonid"}, {"liudmila", "lyudmila"}, {"liudmyla", "lyudmila"},
    {"lyudmila", "lyudmila"}, {"maksim", "maksim"}, {"maksym", "maksim"}, {"maxim", "maksim"},
    {"michail", "mikhail"}, {"mikalai", "nikolay"}, {"mikalay", "nikolay"}, {"mikhail", "mikhail"},
    {"mikhal", "mikhail"}, {"mikhas", "mikhail"}, {"mykhailo", "mikhail"}, {"mykhaylo", "mikhail"},
    {"mykola", "nikolay"}, {"natalia", "natalya"}, {"nataliya", "natalya"}, {"natallia", "natalya"},
    {"natalya", "natalya"}, {"nikolai", "nikolay"}, {"nikolay", "nikolay"}, {"oleg", "oleg"},
    {"oleh", "oleg"}, {"oleksander", "aleksandr"}, {"oleksandr", "aleksandr"}, {"oleksii", "aleksey"},
    {"oleksij", "aleksey"}, {"oleksiy", "aleksey"}, {"olena", "yelena"}, {"olga", "olga"},
    {"olha", "olga"}, {"paval", "pavel"}, {"pavel", "pavel"}, {"pavlo", "pavel"}, {"petr", "pyotr"},
    {"petro", "pyotr"}, {"piotr", "pyotr"}, {"pyatro", "pyotr"}, {"pyotr", "pyotr"},
    {"ryhor", "grigoriy"}, {"semen", "semyon"}, {"semyon", "semyon"}, {"sergei", "sergey"},
    {"sergey", "sergey"}, {"sergiy", "sergey"}, {"serhii", "sergey"}, {"serhij", "sergey"},
    {"serhiy", "sergey"}, {"siarhei", "sergey"}, {"siarhey", "sergey"}, {"stanislau", "stanislav"},
    {"stanislav", "stanislav"}, {"stepan", "stepan"}, {"stsiapan", "stepan"}, {"svetlana", "svetlana"},
    {"sviatlana", "svetlana"}, {"svitlana", "svetlana"}, {"tatiana", "tatyana"},
    {"tatsiana", "tatyana"}, {"tatyana", "tatyana"}, {"tetiana", "tatyana"}, {"timofei", "timofey"},
    {"timofey", "timofey"}, {"tsimafei", "timofey"}, {"uladzimer", "vladimir"},
    {"uladzimir", "vladimir"}, {"vadim", "vadim"}, {"vadym", "vadim"}, {"valer", "valeriy"},
    {"valerii", "valeriy"}, {"valeriy", "valeriy"}, {"valery", "valeriy"}, {"vasil", "vasiliy"},
    {"vasili", "vasiliy"}, {"vasilii", "vasiliy"}, {"vasiliy", "vasiliy"}, {"vasily", "vasiliy"},
    {"vasyl", "vasiliy"}, {"viachaslau", "vyacheslav"}, {"viacheslav", "vyacheslav"},
    {"viktar", "viktor"}, {"viktor", "viktor"}, {"vital", "vitaliy"}, {"vitalii", "vitaliy"},
    {"vitaliy", "vitaliy"}, {"vitaly", "vitaliy"}, {"vladimir", "vladimir"}, {"volha", "olga"},
    {"volodymyr", "vladimir"}, {"vyacheslav", "vyacheslav"}, {"wladimir", "vladimir"},
    {"yakiv", "yakov"}, {"yakov", "yakov"}, {"yauhen", "yevgeniy"}, {"yekaterina", "yekaterina"},
    {"yelena", "yelena"}, {"yevgenii", "yevgeniy"}, {"yevgeniy", "yevgeniy"}, {"yevgeny", "yevgeniy"},
    {"yevhen", "yevgeniy"}, {"yevheniy", "yevgeniy"}, {"yulia", "yuliya"}, {"yuliia", "yuliya"},
    {"yuliya", "yuliya"}, {"yuri", "yuriy"}, {"yurii", "yuriy"}, {"yurij", "yuriy"},
    {"yuriy", "yuriy"}, {"yury", "yuriy"},
};

static int by_form(const void *key, const void *item) { return strcmp(key, ((const form *)item)->form); }

const char *cdn_name_form(const char *latin)
{
    const form *f = bsearch(latin, FORMS, sizeof FORMS / sizeof FORMS[0], sizeof FORMS[0], by_form);
    return f ? f->name : NULL;
}
