#ifdef __cplusplus
extern "C" {
#endif
int clib_value(void);
#ifdef __cplusplus
}
#endif
