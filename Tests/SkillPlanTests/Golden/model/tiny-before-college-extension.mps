* Problem:    tiny
* Class:      MIP
* Rows:       9
* Columns:    8 (6 integer)
* Non-zeros:  20
* Format:     Free MPS, numbers at full precision
*
NAME tiny
ROWS
 N obj
 L seats[s,2021]
 L class-size[p,basic,2021]
 L class-round[p,basic,2021]
 L teaching[g,2021]
 L rotation-share[g,2021]
 G rotation-coverage[g]
 G target[serve,p,basic,2021]
 G target[train,2021]
COLUMNS
 M1 'MARKER' 'INTORG'
 intake[p,basic,2021] seats[s,2021] 1
 intake[p,basic,2021] class-size[p,basic,2021] 1
 intake[p,basic,2021] class-round[p,basic,2021] 1
 intake[p,basic,2021] teaching[g,2021] 0.001
 intake[p,basic,2021] target[serve,p,basic,2021] 1
 classes[p,basic,2021] obj 1000
 classes[p,basic,2021] class-size[p,basic,2021] -40
 classes[p,basic,2021] class-round[p,basic,2021] -20
 training[p,2021] obj 10
 training[p,2021] teaching[g,2021] 0.001
 training[p,2021] target[train,2021] 1
 hires[g,2021] teaching[g,2021] -1
 hires[g,2021] rotation-share[g,2021] -1
 rotation[g,2021] rotation-share[g,2021] 1
 rotation[g,2021] rotation-coverage[g] 1
 expansion[s,2021] seats[s,2021] -1
 M2 'MARKER' 'INTEND'
 shortfall[serve,p,basic,2021] obj 10000
 shortfall[serve,p,basic,2021] target[serve,p,basic,2021] 1
 shortfall[train,2021] obj 1000
 shortfall[train,2021] target[train,2021] 1
RHS
 RHS seats[s,2021] 100
 RHS class-round[p,basic,2021] 40
 RHS teaching[g,2021] 10
 RHS rotation-share[g,2021] 10
 RHS rotation-coverage[g] 10
 RHS target[serve,p,basic,2021] 100
 RHS target[train,2021] 50
BOUNDS
 LO BND intake[p,basic,2021] 0
 UP BND intake[p,basic,2021] 100
 LO BND classes[p,basic,2021] 0
 UP BND classes[p,basic,2021] 3
 LO BND training[p,2021] 0
 UP BND training[p,2021] 60
 FX BND hires[g,2021] 0
 LO BND rotation[g,2021] 0
 UP BND rotation[g,2021] 10
 FX BND expansion[s,2021] 0
ENDATA
